import { z } from 'zod/v4';
import { ORGANISATION_TYPES } from '@kongthun/grants-domain';
import { areaCode, id, isoDate, money, moneyJson, sha256, text } from './grants-request-fields';

const rules = z.strictObject({
  version: z.int().positive(),
  effectiveFrom: isoDate,
  approvalTiers: z.array(z.strictObject({ tier: id, upTo: moneyJson.nullable(), approverIds: z.array(id).min(1) })).min(1),
  trancheSplitPercent: z.array(z.int().positive()).min(1).max(12),
  releaseRequires: z.array(z.enum(['progress', 'expense'])),
  reviewQuorum: z.int().positive(),
});
export const RULES_EXAMPLE = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [
    { tier: 'regional-office', upTo: '2000000.00', approverIds: ['director-central'] },
    { tier: 'codi-board', upTo: null, approverIds: ['codi-board-chair'] },
  ],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress' as const, 'expense' as const],
  reviewQuorum: 3,
};

export const registerProgrammeRequest = z.strictObject({
  programmeId: id,
  name: text,
  funder: text,
  areaCodes: z.array(areaCode).min(1),
  rules,
});
export const adoptRulesRequest = z.strictObject({ rules });
export const openBudgetRequest = z.strictObject({
  fiscalYear: z.int().min(2500).max(2700).describe('Buddhist Era fiscal year (Oct–Sep)'),
  openedOn: isoDate,
});
export const allocateRequest = z.strictObject({
  allocationId: id,
  kind: z.enum(['allocation', 'increase']),
  amount: money,
  amountWords: text.describe('The amount in Thai words as the document writes it'),
  documentRef: text,
  receivedOn: isoDate,
});
export const registerOrganisationRequest = z.strictObject({
  organisationId: id,
  name: text,
  type: z.enum(ORGANISATION_TYPES),
  areaCode,
  bankAccount: z.string().max(40).describe('Account number; the event keeps only its keyed hash'),
  representativeCitizenId: z.string().max(40).describe('13-digit citizen ID of the authorised representative; only its keyed hash is kept'),
  contacts: z
    .array(
      z.union([
        z.strictObject({
          name: text.describe('Personal data: kept encrypted, the event holds only its reference'),
          phone: z
            .string()
            .regex(/^[0-9+\- ]{3,20}$/)
            .nullable()
            .default(null),
          role: text,
        }),
        z.strictObject({ personalDataRef: id.describe('A contact kept elsewhere, by reference'), role: text }),
      ]),
    )
    .min(1),
});
export const submitProposalRequest = z.strictObject({
  projectId: id,
  programmeId: id,
  fiscalYear: z.int().min(2500).max(2700),
  organisationId: id,
  title: text,
  objectives: z.array(text).min(1),
  areaCode,
  budgetLines: z.array(z.strictObject({ category: id, description: text, amount: money })).min(1),
  requestedAmount: money,
  requestedAmountWords: text,
  plannedTranches: z.array(z.strictObject({ number: z.int().positive(), plannedOn: isoDate })).min(1),
  plannedEndOn: isoDate,
  documentRefs: z.array(text).min(1),
});
export const declareRelationRequest = z.strictObject({ userId: id, relationship: text });
export const openReviewRequest = z.strictObject({ reviewerIds: z.array(id).min(1) });
export const scoreRequest = z.strictObject({
  score: z.int(),
  recommendation: z.enum(['fund', 'revise', 'reject']),
  note: z.string().max(2000).default(''),
});
export const rejectRequest = z.strictObject({ reason: text });
export const awardRequest = z.strictObject({
  awardId: id,
  amount: money,
  amountWords: text,
  conditions: z.array(text),
  decidedOn: isoDate.describe('The day the approver signed'),
  endDate: isoDate,
});
export const releaseRequest = z.strictObject({
  trancheNumber: z.int().positive(),
  paidOn: isoDate,
  method: z.enum(['bank-transfer', 'cheque']),
  reference: text,
});
export const reportRequest = z.strictObject({
  reportId: id,
  trancheNumber: z.int().positive(),
  kind: z.enum(['progress', 'expense']),
  summary: text,
  lines: z.array(z.strictObject({ category: id, description: text, amount: money, receiptRef: text, receiptSha256: sha256 })).default([]),
});
export const queryRequest = z.strictObject({ question: text });
export const amendRequest = z.strictObject({
  amendmentId: id,
  kind: z.enum(['reduce', 'extend', 'cancel']),
  newAmount: money.nullable().default(null),
  newEndDate: isoDate.nullable().default(null),
  reason: text,
  documentRef: text,
});
export const refundRequest = z.strictObject({ refundId: id, amount: money, receivedOn: isoDate, documentRef: text });
