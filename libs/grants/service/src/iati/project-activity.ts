import { Money } from '@kongthun/kernel';
import { ProjectEvent } from '@kongthun/grants-domain';
import {
  ACTIVITY_DATE,
  ACTIVITY_STATUS,
  BUDGET_TYPE,
  DISBURSEMENT_CHANNEL_DIRECT,
  IatiActivity,
  IatiBudget,
  IatiOrganisation,
  IatiTransaction,
  OTHER_IDENTIFIER_INTERNAL,
  ORGANISATION_ROLE,
  RELATED_ACTIVITY,
  TRANSACTION_TYPE,
} from './iati-activity';

/** Where a project sits: its programme's fiscal-year activity (the parent) and who reports it. */
export interface ProjectActivityContext {
  parentIdentifier: string;
  reportingOrg: IatiActivity['reportingOrg'];
}

/** What the project's stream says, folded: the award and everything after it that IATI shows. */
interface Folded {
  proposal: Extract<ProjectEvent, { type: 'grants.proposal.submitted' }>['data'];
  award: Extract<ProjectEvent, { type: 'grants.project.awarded' }>['data'] | null;
  latestAmendment: Extract<ProjectEvent, { type: 'grants.agreement.amended' }>['data'] | null;
  closedOn: string | null;
  transactions: IatiTransaction[];
}

const th = (text: string) => [{ lang: 'th' as const, text }];
const positive = (amount: string) => Money.fromJSON(amount);
const negative = (amount: string) => Money.fromJSON(amount).negated();

const transactionOf = (event: ProjectEvent, organisation: IatiOrganisation): IatiTransaction | null => {
  switch (event.type) {
    case 'grants.project.awarded':
      return {
        ref: event.data.awardId,
        type: TRANSACTION_TYPE.outgoingCommitment,
        date: event.data.decidedOn,
        value: positive(event.data.amount),
        description: th(`อนุมัติทุน ${event.data.awardId} (ระดับ ${event.data.tier})`),
        receiver: organisation,
      };
    case 'grants.agreement.amended':
      if (Money.fromJSON(event.data.returned).isZero()) return null;
      return {
        ref: event.data.amendmentId,
        type: TRANSACTION_TYPE.outgoingCommitment,
        date: event.data.amendedOn,
        value: negative(event.data.returned),
        description: th(`${event.data.kind === 'cancel' ? 'ยกเลิกทุน' : 'ลดวงเงินทุน'}: ${event.data.reason}`),
        receiver: organisation,
      };
    case 'grants.tranche.released':
      return {
        ref: `${event.data.awardId}-t${event.data.trancheNumber}`,
        type: TRANSACTION_TYPE.disbursement,
        date: event.data.paidOn,
        value: positive(event.data.amount),
        description: th(`โอนเงินงวดที่ ${event.data.trancheNumber}`),
        receiver: organisation,
        disbursementChannel: DISBURSEMENT_CHANNEL_DIRECT,
      };
    case 'grants.report.accepted':
      if (event.data.kind !== 'expense') return null;
      return {
        ref: event.data.reportId,
        type: TRANSACTION_TYPE.expenditure,
        date: event.data.acceptedOn,
        value: positive(event.data.total),
        description: th(`รายงานการใช้จ่ายงวดที่ ${event.data.trancheNumber} ที่ได้รับการรับรอง`),
        provider: organisation,
      };
    case 'grants.refund.received':
      return {
        ref: event.data.refundId,
        type: TRANSACTION_TYPE.disbursement,
        date: event.data.receivedOn,
        value: negative(event.data.amount),
        description: th(`คืนเงินเหลือจ่าย (${event.data.documentRef})`),
        receiver: organisation,
      };
    case 'grants.project.closed':
      if (Money.fromJSON(event.data.returnedToBudget).isZero()) return null;
      return {
        ref: `${event.data.awardId}-close`,
        type: TRANSACTION_TYPE.outgoingCommitment,
        date: event.data.closedOn,
        value: negative(event.data.returnedToBudget),
        description: th('ปิดโครงการ: วงเงินที่ไม่ได้ใช้คืนงบประมาณ'),
        receiver: organisation,
      };
    default:
      return null;
  }
};

const foldProject = (events: readonly ProjectEvent[]): Folded | null => {
  const first = events[0];
  if (first?.type !== 'grants.proposal.submitted') return null;
  const organisation: IatiOrganisation = { names: th(first.data.organisationName) };
  const folded: Folded = { proposal: first.data, award: null, latestAmendment: null, closedOn: null, transactions: [] };
  for (const event of events) {
    if (event.type === 'grants.project.awarded') folded.award = event.data;
    if (event.type === 'grants.agreement.amended') folded.latestAmendment = event.data;
    if (event.type === 'grants.project.closed') folded.closedOn = event.data.closedOn;
    const transaction = transactionOf(event, organisation);
    if (transaction !== null) folded.transactions.push(transaction);
  }
  return folded;
};

const statusOf = ({ closedOn, latestAmendment }: Folded): string => {
  if (latestAmendment?.kind === 'cancel') return ACTIVITY_STATUS.cancelled;
  return closedOn === null ? ACTIVITY_STATUS.implementation : ACTIVITY_STATUS.closed;
};

const budgetsOf = (award: NonNullable<Folded['award']>, amended: Folded['latestAmendment']): IatiBudget[] => {
  const original: IatiBudget = {
    type: BUDGET_TYPE.original,
    periodStart: award.decidedOn,
    periodEnd: award.endDate,
    value: Money.fromJSON(award.amount),
    valueDate: award.decidedOn,
  };
  if (amended === null) return [original];
  const revised: IatiBudget = {
    type: BUDGET_TYPE.revised,
    periodStart: award.decidedOn,
    periodEnd: amended.endDate,
    value: Money.fromJSON(amended.amount),
    valueDate: amended.amendedOn,
  };
  return [original, revised];
};

/** A project's stream → its IATI activity: only an awarded project is a grant; a proposal is not published. */
export const projectActivityOf = (events: readonly ProjectEvent[], context: ProjectActivityContext): IatiActivity | null => {
  const folded = foldProject(events);
  if (folded === null || folded.award === null) return null;
  const { proposal, award, latestAmendment, closedOn } = folded;
  const endDate = latestAmendment?.endDate ?? award.endDate;
  return {
    identifier: `${context.parentIdentifier}-${proposal.projectId}`,
    hierarchy: 2,
    fiscalYearBe: proposal.fiscalYear,
    reportingOrg: context.reportingOrg,
    title: th(proposal.title),
    description: th(proposal.objectives.join('; ') || proposal.title),
    participatingOrgs: [
      { ...context.reportingOrg, role: ORGANISATION_ROLE.funding },
      { names: th(proposal.organisationName), role: ORGANISATION_ROLE.implementing },
    ],
    otherIdentifiers: [{ ref: award.awardId, type: OTHER_IDENTIFIER_INTERNAL }],
    status: statusOf(folded),
    dates: [
      { type: ACTIVITY_DATE.actualStart, isoDate: award.decidedOn },
      { type: ACTIVITY_DATE.plannedEnd, isoDate: endDate },
      ...(closedOn === null ? [] : [{ type: ACTIVITY_DATE.actualEnd, isoDate: closedOn }]),
    ],
    budgets: budgetsOf(award, latestAmendment),
    transactions: folded.transactions,
    relatedActivities: [{ type: RELATED_ACTIVITY.parent, ref: context.parentIdentifier }],
  };
};
