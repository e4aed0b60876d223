import { z } from 'zod/v4';

const id = z.string().min(1).max(200);
const keyedHash = z.string().regex(/^[0-9a-f]{64}$/, 'a keyed hash: 64 lower-case hex digits');
const baht = z.string().regex(/^\d{1,15}\.\d{2}$/, 'baht as a decimal string with two decimals');
const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a calendar day YYYY-MM-DD');

/** A receipt a grantee claims: its reference and the keyed hash of the document, matchable across projects. */
export const expenditureLine = z.strictObject({ category: id, receiptRef: id, receiptHash: keyedHash, amount: baht });

/**
 * Spending reported by a grantee against a commitment (IATI transaction type 4, expenditure),
 * added to contract version 1 without changing any other type: a report as submitted (with its
 * receipts) and the programme's decision on it (accepted or queried, without lines).
 * The auditor reads it to see one receipt claimed twice and tranches paid before any accepted report.
 */
export const expenditureReported = z.strictObject({
  expenditureId: id,
  commitmentId: id,
  status: z.enum(['submitted', 'accepted', 'queried']),
  /** The tranche (or period) the spending accounts for. */
  trancheNumber: z.int().positive().nullable(),
  amount: baht,
  lines: z.array(expenditureLine),
  recordedOn: day,
});
