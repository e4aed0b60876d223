import { Money } from '@kongthun/kernel';
import { ReportKind } from '../rules/grant-rules';
import { ProjectEvent, Tranche } from './project.events';

export type ProjectStatus = 'Proposed' | 'UnderReview' | 'Rejected' | 'Active' | 'Cancelled' | 'Closed';

export interface ReportRecord {
  trancheNumber: number;
  kind: ReportKind;
  total: Money;
  status: 'pending' | 'accepted' | 'queried';
  receiptHashes: string[];
}

export interface Award {
  awardId: string;
  amount: Money;
  approverId: string;
  tranches: Tranche[];
  releaseRequires: ReportKind[];
  endDate: string;
  ruleVersion: number;
}

/**
 * One project's stream (โครงการ): its proposal, review, agreement, tranches, reports, amendments,
 * refunds and close-out. Bounded by the project's own life, whatever the size of the programme.
 */
export type ProjectState =
  | { status: 'None' }
  | {
      status: ProjectStatus;
      projectId: string;
      programmeId: string;
      fiscalYear: number;
      organisationId: string;
      areaCode: string;
      requested: Money;
      /** Committee members declared related to the organisation, with the relationship. */
      related: ReadonlyMap<string, string>;
      review: { reviewerIds: string[]; quorum: number; scores: ReadonlyMap<string, 'fund' | 'revise' | 'reject'> } | null;
      award: Award | null;
      released: ReadonlyMap<number, Money>;
      reports: ReadonlyMap<string, ReportRecord>;
      refunded: Money;
      amendmentIds: ReadonlySet<string>;
      refundIds: ReadonlySet<string>;
    };

export type KnownProject = Exclude<ProjectState, { status: 'None' }>;

export const projectStreamId = (projectId: string): string => `grants-project-${projectId}`;

export const releasedTotal = (project: KnownProject): Money => Money.sum(project.released.values());

/** Spending claimed and not queried: pending and accepted expense reports. */
export const claimedSpending = (project: KnownProject): Money =>
  Money.sum([...project.reports.values()].filter((r) => r.kind === 'expense' && r.status !== 'queried').map((r) => r.total));

export const acceptedSpending = (project: KnownProject): Money =>
  Money.sum([...project.reports.values()].filter((r) => r.kind === 'expense' && r.status === 'accepted').map((r) => r.total));

const withReport = (project: KnownProject, reportId: string, status: ReportRecord['status']): KnownProject => ({
  ...project,
  reports: new Map([...project.reports, [reportId, { ...project.reports.get(reportId)!, status }]]),
});

export const evolveProject = (state: ProjectState, event: ProjectEvent): ProjectState => {
  if (event.type === 'grants.proposal.submitted') {
    const d = event.data;
    return {
      status: 'Proposed',
      projectId: d.projectId,
      programmeId: d.programmeId,
      fiscalYear: d.fiscalYear,
      organisationId: d.organisationId,
      areaCode: d.areaCode,
      requested: Money.fromJSON(d.requestedAmount),
      related: new Map(),
      review: null,
      award: null,
      released: new Map(),
      reports: new Map(),
      refunded: Money.zero,
      amendmentIds: new Set(),
      refundIds: new Set(),
    };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'grants.project.relation-declared':
      return { ...state, related: new Map([...state.related, [event.data.userId, event.data.relationship]]) };
    case 'grants.review.opened':
      return {
        ...state,
        status: 'UnderReview',
        review: { reviewerIds: event.data.reviewerIds, quorum: event.data.quorum, scores: new Map() },
      };
    case 'grants.review.scored':
      return state.review === null
        ? state
        : {
            ...state,
            review: { ...state.review, scores: new Map([...state.review.scores, [event.data.reviewerId, event.data.recommendation]]) },
          };
    case 'grants.proposal.rejected':
      return { ...state, status: 'Rejected' };
    case 'grants.project.awarded': {
      const d = event.data;
      const award = {
        awardId: d.awardId,
        amount: Money.fromJSON(d.amount),
        approverId: d.approverId,
        tranches: d.tranches,
        releaseRequires: d.releaseRequires,
        endDate: d.endDate,
        ruleVersion: d.ruleVersion,
      };
      return { ...state, status: 'Active', award };
    }
    case 'grants.tranche.released':
      return { ...state, released: new Map([...state.released, [event.data.trancheNumber, Money.fromJSON(event.data.amount)]]) };
    case 'grants.report.submitted': {
      const d = event.data;
      const record: ReportRecord = {
        trancheNumber: d.trancheNumber,
        kind: d.kind,
        total: Money.fromJSON(d.total),
        status: 'pending',
        receiptHashes: d.lines.map((line) => line.receiptHash),
      };
      return { ...state, reports: new Map([...state.reports, [d.reportId, record]]) };
    }
    case 'grants.report.accepted':
      return withReport(state, event.data.reportId, 'accepted');
    case 'grants.report.queried':
      return withReport(state, event.data.reportId, 'queried');
    case 'grants.agreement.amended': {
      const d = event.data;
      const award =
        state.award === null ? null : { ...state.award, amount: Money.fromJSON(d.amount), endDate: d.endDate, tranches: d.tranches };
      return {
        ...state,
        status: d.kind === 'cancel' ? 'Cancelled' : state.status,
        award,
        amendmentIds: new Set([...state.amendmentIds, d.amendmentId]),
      };
    }
    case 'grants.refund.received':
      return {
        ...state,
        refunded: state.refunded.plus(Money.fromJSON(event.data.amount)),
        refundIds: new Set([...state.refundIds, event.data.refundId]),
      };
    case 'grants.project.closed':
      return { ...state, status: 'Closed' };
  }
};
