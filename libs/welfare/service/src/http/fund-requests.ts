import { z } from 'zod/v4';
import { BENEFIT_KINDS, ERASURE_GROUNDS, MATCHING_SOURCES } from '@kongthun/welfare-domain';
import { citizenId, id, isoDate, money, moneyJson, personName, phone, text } from './request-fields';

const rules = z.strictObject({
  joiningFee: moneyJson,
  contributionPlans: z
    .array(
      z.strictObject({
        planId: id,
        name: text,
        monthlyAmount: moneyJson,
        lumpSums: z.array(z.strictObject({ months: z.int().positive(), amount: moneyJson })),
      }),
    )
    .min(1),
  benefits: z
    .array(
      z.strictObject({
        benefit: z.enum(BENEFIT_KINDS),
        amount: moneyJson,
        per: z.enum(['event', 'hospital-night']),
        yearlyCap: moneyJson.nullable(),
        waitingPeriodDays: z.int().min(0),
      }),
    )
    .min(1),
  capYear: z.enum(['calendar', 'fiscal']),
  lapse: z.strictObject({ missedMonths: z.int().positive() }),
  approval: z.strictObject({ approvalsRequired: z.int().positive(), largeClaimLimit: moneyJson, approvalsAboveLimit: z.int().positive() }),
  adminCostCapPercent: z.number().min(0).max(100).optional(),
  matchingTargets: z.array(z.strictObject({ source: z.enum(MATCHING_SOURCES), percentOfMemberContributions: z.number().min(0) })),
});
export type RulesRequest = z.infer<typeof rules>;

const committeeMember = z.strictObject({ userId: id, role: z.enum(['chair', 'treasurer', 'member']), citizenId, personalDataRef: id });

export const registerFundRequest = z.strictObject({
  fundId: id,
  name: text,
  areaCode: z
    .string()
    .regex(/^\d{6}$/)
    .describe('DOPA subdistrict code'),
  foundedOn: isoDate,
  committee: z.array(committeeMember).min(1),
  rules,
});
export const adoptRulesRequest = z.strictObject({ rules, effectiveFrom: isoDate, resolutionRef: id });
export const declareRelationRequest = z.strictObject({ userId: id, memberId: id, relationship: text });
/** Name, phone and citizen IDs go to the encrypted personal-data store; the event gets hashes and a reference. */
export const enrolMemberRequest = z.strictObject({
  memberId: id,
  citizenId,
  name: personName,
  phone: phone.nullable().default(null),
  planId: id,
  enrolledOn: isoDate,
  joiningFee: money,
  beneficiary: z.strictObject({
    name: personName,
    phone: phone.nullable().default(null),
    citizenId: citizenId.nullable(),
    relationship: text,
  }),
});
export type EnrolMemberRequest = z.output<typeof enrolMemberRequest>;
export const recordContributionRequest = z.strictObject({
  contributionId: id,
  memberId: id,
  months: z.int().positive().max(120),
  amount: money,
  receivedOn: isoDate,
  receiptRef: id,
});
export const recordMatchingFundsRequest = z.strictObject({
  matchingId: id,
  source: z.enum(MATCHING_SOURCES),
  sourceName: text,
  fiscalYear: z.int().min(2500).max(2800),
  amount: money,
  receivedOn: isoDate,
  documentRef: id,
  amountWords: z
    .string()
    .min(1)
    .nullable()
    .default(null)
    .describe('The amount in Thai words where the letter states it, e.g. "สามแสนแปดหมื่นบาทถ้วน"; checked against the figures'),
});
export const recordAdminSpendingRequest = z.strictObject({
  spendingId: id,
  amount: money,
  purpose: text,
  spentOn: isoDate,
  documentRef: id,
  overrideId: id.nullable().default(null),
});
export const grantAdminOverrideRequest = z.strictObject({
  overrideId: id,
  amount: money,
  purpose: text,
  resolutionRef: id,
  approverIds: z.array(id).min(1),
});
export const submitClaimRequest = z.strictObject({
  claimId: id,
  memberId: id,
  benefit: z.enum(BENEFIT_KINDS),
  eventDate: isoDate,
  hospitalNights: z.int().positive().nullable().default(null),
  evidenceRefs: z.array(id).min(1),
  amountFigures: z.string().min(1).describe('As written on the form, e.g. "1,200.00"'),
  amountWords: z.string().min(1).describe('As written on the form, in Thai words, e.g. "หนึ่งพันสองร้อยบาทถ้วน"'),
});
export const rejectClaimRequest = z.strictObject({ reason: text });
/** The account is hashed with the shared key at once; only the keyed hash reaches the event. */
export const payClaimRequest = z.strictObject({
  payoutId: id,
  method: z.enum(['cash', 'bank-transfer', 'promptpay']),
  reference: id,
  paidOn: isoDate,
  payeeAccount: z
    .string()
    .min(1)
    .max(40)
    .nullable()
    .default(null)
    .describe('Bank account number or PromptPay id paid into; required unless cash'),
});
export const reversePayoutRequest = z.strictObject({ reversalId: id, reason: text, reversedOn: isoDate });
export const resignMemberRequest = z.strictObject({ resignedOn: isoDate, reason: text });
export const erasePersonalDataRequest = z.strictObject({
  ground: z.enum(ERASURE_GROUNDS).describe('Why (PDPA): the member asked, consent was withdrawn, or retention ended'),
  requestRef: id.describe('Reference of the written erasure request (คำร้องขอลบข้อมูล)'),
});
export const recordDeathRequest = z.strictObject({ diedOn: isoDate, evidenceRef: id });
