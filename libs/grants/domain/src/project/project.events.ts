import { DomainEvent } from '../command';
import { ReportKind } from '../rules/grant-rules';

/** A line of a proposal's budget (หมวดงบประมาณ), e.g. training, materials, meetings. */
export interface BudgetLine {
  category: string;
  description: string;
  amount: string;
}

/** A tranche of the agreement (งวดเงิน): its share, its amount, when it is planned. */
export interface Tranche {
  number: number;
  percent: number;
  amount: string;
  plannedOn: string | null;
}

/** A line of an expense report, with the receipt it rests on and a keyed hash of the receipt document. */
export interface ExpenseLine {
  category: string;
  description: string;
  amount: string;
  receiptRef: string;
  receiptHash: string;
}

export type ProposalSubmitted = DomainEvent<
  'grants.proposal.submitted',
  {
    projectId: string;
    programmeId: string;
    fiscalYear: number;
    organisationId: string;
    organisationName: string;
    title: string;
    objectives: string[];
    areaCode: string;
    budgetLines: BudgetLine[];
    requestedAmount: string;
    requestedAmountWords: string;
    plannedTranches: { number: number; plannedOn: string }[];
    plannedEndOn: string;
    documentRefs: string[];
    submittedOn: string;
    ruleVersion: number;
    /** The lowest approval tier's ceiling: awards above it need a higher authority. */
    approvalLimit: string | null;
  }
>;
/** A committee member declares a relation to the proposing organisation (ผู้มีส่วนได้เสีย). */
export type RelationDeclared = DomainEvent<
  'grants.project.relation-declared',
  { projectId: string; organisationId: string; userId: string; relationship: string; declaredOn: string }
>;
export type ReviewOpened = DomainEvent<
  'grants.review.opened',
  { projectId: string; reviewerIds: string[]; quorum: number; ruleVersion: number; openedOn: string }
>;
export type ProposalScored = DomainEvent<
  'grants.review.scored',
  { projectId: string; reviewerId: string; score: number; recommendation: 'fund' | 'revise' | 'reject'; note: string; scoredOn: string }
>;
export type ProposalRejected = DomainEvent<
  'grants.proposal.rejected',
  { projectId: string; reason: string; rejectedOn: string; rejectedBy: string }
>;
export type GrantAwarded = DomainEvent<
  'grants.project.awarded',
  {
    projectId: string;
    programmeId: string;
    fiscalYear: number;
    organisationId: string;
    awardId: string;
    amount: string;
    amountWords: string;
    approverId: string;
    tier: string;
    reviewerIds: string[];
    tranches: Tranche[];
    releaseRequires: ReportKind[];
    conditions: string[];
    endDate: string;
    decidedOn: string;
    ruleVersion: number;
  }
>;
export type TrancheReleased = DomainEvent<
  'grants.tranche.released',
  {
    projectId: string;
    awardId: string;
    organisationId: string;
    trancheNumber: number;
    amount: string;
    paidOn: string;
    method: 'bank-transfer' | 'cheque';
    reference: string;
    accountHash: string;
    representativeCitizenIdHash: string;
    areaCode: string;
    approverId: string;
    /** The accepted reports that met the release condition (none for the first tranche). */
    conditionsMet: string[];
    ruleVersion: number;
  }
>;
export type ReportSubmitted = DomainEvent<
  'grants.report.submitted',
  {
    projectId: string;
    awardId: string;
    reportId: string;
    trancheNumber: number;
    kind: ReportKind;
    summary: string;
    lines: ExpenseLine[];
    total: string;
    submittedOn: string;
  }
>;
/** What the decision was about, copied so the money contract is a function of this one event. */
export interface ReportFacts {
  awardId: string;
  trancheNumber: number;
  kind: ReportKind;
  total: string;
}
export type ReportAccepted = DomainEvent<
  'grants.report.accepted',
  ReportFacts & { projectId: string; reportId: string; acceptedBy: string; acceptedOn: string }
>;
export type ReportQueried = DomainEvent<
  'grants.report.queried',
  ReportFacts & { projectId: string; reportId: string; queriedBy: string; question: string; queriedOn: string }
>;
export type AgreementAmended = DomainEvent<
  'grants.agreement.amended',
  {
    projectId: string;
    awardId: string;
    amendmentId: string;
    kind: 'reduce' | 'extend' | 'cancel';
    amount: string;
    endDate: string;
    /** What this amendment cut from the commitment; the budget gets it back. */
    returned: string;
    tranches: Tranche[];
    reason: string;
    documentRef: string;
    amendedOn: string;
    amendedBy: string;
  }
>;
export type RefundReceived = DomainEvent<
  'grants.refund.received',
  {
    projectId: string;
    awardId: string;
    refundId: string;
    amount: string;
    receivedOn: string;
    documentRef: string;
    /** Which paid tranches the money comes back from, latest first (a refund names what it undoes). */
    fromTranches: { trancheNumber: number; amount: string }[];
  }
>;
export type ProjectClosed = DomainEvent<
  'grants.project.closed',
  {
    projectId: string;
    awardId: string;
    released: string;
    spent: string;
    refunded: string;
    returnedToBudget: string;
    closedOn: string;
    closedBy: string;
  }
>;

export type ProjectEvent =
  | ProposalSubmitted
  | RelationDeclared
  | ReviewOpened
  | ProposalScored
  | ProposalRejected
  | GrantAwarded
  | TrancheReleased
  | ReportSubmitted
  | ReportAccepted
  | ReportQueried
  | AgreementAmended
  | RefundReceived
  | ProjectClosed;

export const isProjectEventType = (type: string): type is ProjectEvent['type'] =>
  /^grants\.(proposal|project|review|tranche|report|agreement|refund)\./.test(type);
