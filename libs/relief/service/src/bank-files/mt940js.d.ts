/** The part of mt940js (SWIFT MT940 statement parser) the result import uses. */
declare module 'mt940js' {
  interface Transaction {
    date: Date;
    /** Signed, rounded to 2 decimals: credit +, debit −, a reversal's sign flipped (RD is +, RC is −). */
    amount: number;
    isReversal: boolean;
    currency: string;
    /** The :61: customer reference (at most 16 characters). */
    reference: string;
    bankReference: string;
    transactionType: string;
    /** The :86: text, lines joined by `\n`. */
    details: string;
    /** `/TAG/value` or `?NN` subfields of :86:, when it has them. */
    structuredDetails?: Record<string, string>;
  }
  interface Statement {
    transactionReference: string;
    accountIdentification: string;
    currency: string;
    transactions: Transaction[];
  }
  class Parser {
    constructor(options?: { no86Structure?: boolean });
    /** Throws on a missing mandatory tag, a malformed tag, or lines that do not add up to the balances. */
    parse(text: string, withTags?: boolean): Statement[];
  }
}
