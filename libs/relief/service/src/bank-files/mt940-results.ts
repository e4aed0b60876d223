import { Parser, Transaction } from 'mt940js';
import { DomainError } from '@kongthun/kernel';
import { BankResultLine } from '@kongthun/relief-domain';

export const RESULT_MT940_FORMAT = 'swift-mt940';

/** Our deterministic payment reference (`paymentReference`): RF, 4 hex digits of bucket, 12 of hash. */
const REFERENCE = /RF[0-9A-F]{16}/;
/** A bank's reason kept on a failure or return, cut so one line cannot bloat a bucket's event. */
const REASON_CHARS = 140;

const malformed = (why: string) =>
  new DomainError('relief.result-file-malformed', `The MT940 statement cannot be read: ${why}`, {
    messageTh: 'อ่านไฟล์ผลการโอนแบบ MT940 ไม่ได้',
    details: { format: RESULT_MT940_FORMAT, reason: why },
  });

/**
 * The payment reference does not fit :61:'s customer reference (16 characters; ours has 18), so
 * the bank echoes it as the end-to-end reference `/EREF/` of :86:; failing that, any of our
 * references in the :86: text, then the :61: customer reference (which then matches nothing).
 */
const referenceOf = (transaction: Transaction): string =>
  transaction.structuredDetails?.['EREF']?.trim() ?? REFERENCE.exec(transaction.details)?.[0] ?? transaction.reference.trim();

/**
 * Reads the entries of an MT940 statement of the paying account as result lines, numbered from 1
 * in file order. Money out for a reference (a debit, D) is paid; money back in (a credit, C, such
 * as a bank's reject, or a reversed debit, RD) is credited back, which reconciliation counts as
 * failed or returned by whether the payment was already paid. mt940js checks the tags and that the
 * entries add up to the balances; any fault refuses the whole file before anything is written.
 */
export const parseMt940Results = (text: string): BankResultLine[] => {
  let statements;
  try {
    statements = new Parser().parse(text);
  } catch (error) {
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  if (statements.length === 0) throw malformed('no statement');
  const lines: BankResultLine[] = [];
  for (const statement of statements) {
    if (statement.currency !== 'THB') throw malformed(`statement ${statement.transactionReference} is in ${statement.currency}, not THB`);
    for (const transaction of statement.transactions) {
      if (transaction.amount === 0) throw malformed(`entry ${lines.length + 1} has no amount`);
      const structured = transaction.structuredDetails ?? {};
      lines.push({
        lineNo: lines.length + 1,
        reference: referenceOf(transaction),
        amount: Math.abs(transaction.amount).toFixed(2),
        outcome: transaction.amount < 0 ? 'paid' : 'credited-back',
        reason: transaction.amount < 0 ? '' : (structured['RTRN'] ?? transaction.details).trim().slice(0, REASON_CHARS),
        // mt940js builds the :61: value date at UTC midnight: its ISO day is the statement's day
        valueDate: transaction.date.toISOString().slice(0, 10),
      });
    }
  }
  return lines;
};
