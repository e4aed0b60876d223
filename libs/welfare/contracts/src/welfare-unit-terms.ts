import { z } from 'zod/v4';

const baht = z.string().regex(/^\d{1,15}\.\d{2}$/);

/**
 * What welfare puts in `terms` of a `money.unit.declared` message: the parts of a fund's rules an
 * auditor needs to check decisions with its own arithmetic (waiting period, yearly cap). Published
 * with every rule version; the version in force on a claim's event date is the one that applies.
 */
export const welfareUnitTermsV1 = z.strictObject({
  /** Whether yearly caps count by calendar year or by Thai fiscal year (October–September). */
  capYear: z.enum(['calendar', 'fiscal']),
  benefits: z.array(
    z.strictObject({
      benefit: z.string().min(1),
      amount: baht,
      per: z.enum(['event', 'hospital-night']),
      yearlyCap: baht.nullable(),
      /** Days of membership before the benefit can be claimed, the enrolment day being day 1. */
      waitingPeriodDays: z.int().min(0),
    }),
  ),
});

export type WelfareUnitTerms = z.infer<typeof welfareUnitTermsV1>;
