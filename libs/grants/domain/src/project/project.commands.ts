import { Money } from '@kongthun/kernel';
import { Command } from '../command';
import { GrantRules, ReportKind } from '../rules/grant-rules';

/** Facts the handler read from the organisation's stream and passes in: the decider stays pure. */
export interface OrganisationFacts {
  organisationId: string;
  name: string;
  areaCode: string;
  bankAccountHash: string;
  representativeCitizenIdHash: string;
}

export type SubmitProposal = Command<
  'SubmitProposal',
  {
    projectId: string;
    programmeId: string;
    fiscalYear: number;
    organisation: OrganisationFacts;
    title: string;
    objectives: string[];
    areaCode: string;
    budgetLines: { category: string; description: string; amount: Money }[];
    requestedAmount: Money;
    requestedAmountWords: string;
    plannedTranches: { number: number; plannedOn: string }[];
    plannedEndOn: string;
    documentRefs: string[];
    /** The programme's rules in force on the day (cited in the event). */
    rules: GrantRules;
  }
>;
export type DeclareRelation = Command<'DeclareRelation', { userId: string; relationship: string }>;
export type OpenReview = Command<'OpenReview', { reviewerIds: string[]; rules: GrantRules }>;
export type ScoreProposal = Command<'ScoreProposal', { score: number; recommendation: 'fund' | 'revise' | 'reject'; note: string }>;
export type RejectProposal = Command<'RejectProposal', { reason: string }>;
export type AwardGrant = Command<
  'AwardGrant',
  { awardId: string; amount: Money; amountWords: string; conditions: string[]; endDate: string; decidedOn: string; rules: GrantRules }
>;
export type ReleaseTranche = Command<
  'ReleaseTranche',
  {
    trancheNumber: number;
    paidOn: string;
    method: 'bank-transfer' | 'cheque';
    reference: string;
    organisation: OrganisationFacts;
    ruleVersion: number;
  }
>;
export type SubmitReport = Command<
  'SubmitReport',
  {
    reportId: string;
    trancheNumber: number;
    kind: ReportKind;
    summary: string;
    lines: { category: string; description: string; amount: Money; receiptRef: string; receiptHash: string }[];
  }
>;
export type AcceptReport = Command<'AcceptReport', { reportId: string }>;
export type QueryReport = Command<'QueryReport', { reportId: string; question: string }>;
export type AmendAgreement = Command<
  'AmendAgreement',
  {
    amendmentId: string;
    kind: 'reduce' | 'extend' | 'cancel';
    newAmount: Money | null;
    newEndDate: string | null;
    reason: string;
    documentRef: string;
  }
>;
export type RecordRefund = Command<'RecordRefund', { refundId: string; amount: Money; receivedOn: string; documentRef: string }>;
export type CloseProject = Command<'CloseProject', Record<string, never>>;

export type ProjectCommand =
  | SubmitProposal
  | DeclareRelation
  | OpenReview
  | ScoreProposal
  | RejectProposal
  | AwardGrant
  | ReleaseTranche
  | SubmitReport
  | AcceptReport
  | QueryReport
  | AmendAgreement
  | RecordRefund
  | CloseProject;
