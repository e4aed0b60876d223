import { FundRulesData, MatchingSource } from '@kongthun/welfare-domain';

/** What the views need of an event, whether it came from the log, from Kafka or from the audit ledger. */
export type ProjectedEvent = {
  streamId: string;
  streamRevision: bigint;
  type: string;
  data: Record<string, unknown>;
  /** When the store recorded it: orders the claims queue across streams (absent: stream order only). */
  recordedAt?: string;
};

/**
 * The fields of each welfare event type that some view reads: the published events, as much of
 * them as the views use, and nothing of which stream holds them. Every welfare event names its fund.
 */
export type ViewEventData = {
  'welfare.fund.registered': {
    fundId: string;
    name: string;
    areaCode: string;
    foundedOn: string;
    committee: { userId: string; role: string }[];
    rules: FundRulesData;
  };
  'welfare.rules.adopted': { fundId: string; rules: FundRulesData };
  'welfare.committee.member-appointed': { fundId: string; member: { userId: string; role: string } };
  'welfare.committee.member-removed': { fundId: string; userId: string };
  'welfare.member.enrolled': { fundId: string; memberId: string; planId: string; enrolledOn: string; joiningFee: string };
  'welfare.member.lapsed': { fundId: string; memberId: string };
  'welfare.member.resigned': { fundId: string; memberId: string };
  'welfare.member.died': { fundId: string; memberId: string };
  'welfare.contribution.recorded': { fundId: string; memberId: string; periodTo: string; amount: string; receivedOn: string };
  'welfare.contribution.reversed': { fundId: string; memberId: string; amount: string; receivedOn: string; paidThrough: string | null };
  'welfare.matching-funds.received': { fundId: string; source: MatchingSource; fiscalYear: number; amount: string };
  'welfare.matching-funds.reversed': { fundId: string; source: MatchingSource; fiscalYear: number; amount: string };
  'welfare.admin-spending.recorded': { fundId: string; amount: string };
  'welfare.admin-spending.reversed': { fundId: string; amount: string };
  'welfare.claim.submitted': {
    fundId: string;
    claimId: string;
    memberId: string;
    benefit: string;
    eventDate: string;
    amount: string;
    rulesVersion: number;
  };
  'welfare.claim.approval-recorded': { fundId: string; claimId: string; approverId: string };
  'welfare.claim.approved': { fundId: string; claimId: string };
  'welfare.claim.rejected': { fundId: string; claimId: string };
  'welfare.payout.made': { fundId: string; claimId: string; payoutId: string; amount: string };
  'welfare.payout.reversed': { fundId: string; claimId: string; amount: string };
};

export type ViewEventType = keyof ViewEventData;

/** An event some view uses, narrowed by its type. */
export type ViewEvent = { [Type in ViewEventType]: { type: Type; data: ViewEventData[Type] } }[ViewEventType];

const VIEW_EVENT_TYPES: ReadonlySet<string> = new Set<ViewEventType>([
  'welfare.fund.registered',
  'welfare.rules.adopted',
  'welfare.committee.member-appointed',
  'welfare.committee.member-removed',
  'welfare.member.enrolled',
  'welfare.member.lapsed',
  'welfare.member.resigned',
  'welfare.member.died',
  'welfare.contribution.recorded',
  'welfare.contribution.reversed',
  'welfare.matching-funds.received',
  'welfare.matching-funds.reversed',
  'welfare.admin-spending.recorded',
  'welfare.admin-spending.reversed',
  'welfare.claim.submitted',
  'welfare.claim.approval-recorded',
  'welfare.claim.approved',
  'welfare.claim.rejected',
  'welfare.payout.made',
  'welfare.payout.reversed',
]);

/** The event as one the views use, or undefined for any other type (a new one included): views pass it over. */
export const viewEventOf = (event: Pick<ProjectedEvent, 'type' | 'data'>): ViewEvent | undefined =>
  VIEW_EVENT_TYPES.has(event.type) ? ({ type: event.type, data: event.data } as ViewEvent) : undefined;

/** What a view may need beyond the event: facts other events left, looked up before its changes are made. */
export interface ViewContext {
  /** The member a claim or payout event is about (claim events after submission name only the claim). */
  memberId?: string;
  /** The member's status before a status event: the counts by status move from it. */
  statusBefore?: string;
  /** Sorts the claims queue oldest first across streams: recorded time, then stream and revision. */
  order: string;
  streamId: string;
  revision: bigint;
}
