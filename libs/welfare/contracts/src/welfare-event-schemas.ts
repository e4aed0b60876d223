import { z } from 'zod/v4';

/**
 * The public contract of `kongthun.welfare.events`: what other services (audit, provincial finance)
 * may rely on. Versioned per event type; a consumer validates every message against it.
 */
const money = z.string().regex(/^-?\d+\.\d{2}$/, 'baht as a decimal string with two decimals');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1);

export const welfareEnvelopeV1 = z.object({
  id: z.uuid(),
  type: z.string().regex(/^welfare\.[a-z-]+\.[a-z-]+$/),
  schemaVersion: z.int().positive(),
  // A fund's streams: governance, members by year, books by fiscal year, roster, claim index, money-id index (see welfare-domain's README).
  streamId: z.string().regex(/^welfare-(fund|member|books|roster|claim|ids)-/),
  streamRevision: z.string().regex(/^\d+$/),
  globalPosition: z.string().regex(/^\d+$/),
  recordedAt: z.iso.datetime(),
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.record(z.string(), z.unknown()),
  metadata: z.looseObject({ actor: z.object({ userId: id, role: id }), correlationId: id, causationId: id.nullable() }),
});
export type WelfareEnvelope = z.infer<typeof welfareEnvelopeV1>;

/** Data of the events that move money or decide a claim, at their current version. */
const ledgerTotals = z.object({
  receivedBySource: z.object({ members: money, codi: money, 'local-government': money, other: money }),
  benefitsPaid: money,
  adminSpent: money,
  balance: money,
});
const logPosition = z.string().min(1);

export const welfareDataSchemas: Record<string, { version: number; schema: z.ZodType }> = {
  // The books of a fiscal year: an auditor recomputes `totals` of a close from the opened totals and the year's stream.
  'welfare.books.opened': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      fiscalYear: z.int().positive(),
      carried: ledgerTotals,
      creditedThrough: logPosition.nullable(),
      overridesUsed: z.array(id),
    }),
  },
  'welfare.books.closed': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      fiscalYear: z.int().positive(),
      totals: ledgerTotals,
      creditedThrough: logPosition.nullable(),
      overridesUsed: z.array(id),
    }),
  },
  'welfare.books.member-money-credited': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      fiscalYear: z.int().positive(),
      amount: money,
      count: z.int().positive(),
      after: logPosition.nullable(),
      through: logPosition,
    }),
  },
  'welfare.books.member-money-debited': {
    version: 1,
    schema: z.looseObject({ fundId: id, fiscalYear: z.int().positive(), reversalId: id, contributionId: id, memberId: id, amount: money }),
  },
  'welfare.contribution.recorded': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      contributionId: id,
      memberId: id,
      months: z.int().positive(),
      amount: money,
      receivedOn: date,
      rulesVersion: z.int().positive(),
    }),
  },
  'welfare.matching-funds.received': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      matchingId: id,
      source: z.enum(['codi', 'local-government', 'other']),
      fiscalYear: z.int(),
      amount: money,
      receivedOn: date,
      documentRef: id,
    }),
  },
  'welfare.admin-spending.recorded': {
    version: 1,
    schema: z.looseObject({ fundId: id, spendingId: id, amount: money, spentOn: date, overrideId: id.nullable() }),
  },
  'welfare.claim.submitted': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      claimId: id,
      memberId: id,
      benefit: id,
      eventDate: date,
      amount: money,
      amountWords: z.string().min(1),
      submittedBy: id,
      rulesVersion: z.int().positive(),
    }),
  },
  'welfare.claim.approved': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      claimId: id,
      amount: money,
      approverIds: z.array(id).min(1),
      approvalsRequired: z.int().positive(),
      rulesVersion: z.int().positive(),
    }),
  },
  'welfare.claim.rejected': { version: 1, schema: z.looseObject({ fundId: id, claimId: id, rejectedBy: id, reason: z.string() }) },
  'welfare.payout.made': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      payoutId: id,
      claimId: id,
      memberId: id,
      amount: money,
      method: z.enum(['cash', 'bank-transfer', 'promptpay']),
      reference: id,
      paidOn: date,
    }),
  },
  'welfare.payout.reversed': {
    version: 1,
    schema: z.looseObject({ fundId: id, reversalId: id, payoutId: id, claimId: id, amount: money, reason: z.string(), reversedOn: date }),
  },
  'welfare.contribution.reversed': {
    version: 1,
    schema: z.looseObject({
      fundId: id,
      reversalId: id,
      contributionId: id,
      memberId: id,
      amount: money,
      reason: z.string(),
      reversedOn: date,
    }),
  },
  'welfare.matching-funds.reversed': {
    version: 1,
    schema: z.looseObject({ fundId: id, reversalId: id, matchingId: id, amount: money, reason: z.string(), reversedOn: date }),
  },
  'welfare.admin-spending.reversed': {
    version: 1,
    schema: z.looseObject({ fundId: id, reversalId: id, spendingId: id, amount: money, reason: z.string(), reversedOn: date }),
  },
};
