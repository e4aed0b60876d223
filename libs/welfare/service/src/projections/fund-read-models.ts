import { FundRulesData, MatchingSource } from '@kongthun/welfare-domain';

/** The welfare views projection; its checkpoints (last applied revision per source stream) are kept under this name. */
export const FUND_VIEWS_PROJECTION = 'welfare.fund-views';

/**
 * One collection per view, each document small and keyed on what the events carry (fund, member,
 * claim, fiscal year), never on the stream that fed it. `claims` is the lookup from a claim to its
 * member, for claim events that name only the claim.
 */
export const FUND_VIEW_COLLECTIONS = {
  overview: 'welfare_fund_overview',
  rules: 'welfare_fund_rules',
  fundList: 'welfare_fund_list',
  statements: 'welfare_member_statements',
  memberList: 'welfare_member_list',
  claims: 'welfare_claims',
  claimsQueue: 'welfare_claims_queue',
  threeParty: 'welfare_three_party',
} as const;

export const ALL_FUND_VIEW_COLLECTIONS: readonly string[] = Object.values(FUND_VIEW_COLLECTIONS);

/** What scope checks need: the fund and its area. */
export type FundScope = { fundId: string; areaCode: string };

export type AmountsBySource = { members: string; codi: string; 'local-government': string; other: string };

/** The overview as served: running totals only; the balance follows from them. */
export type FundOverview = {
  fundId: string;
  name: string;
  areaCode: string;
  foundedOn: string;
  rulesVersion: number;
  committee: { userId: string; role: string }[];
  members: Record<string, number>;
  claims: Record<string, number>;
  receivedBySource: AmountsBySource;
  benefitsPaid: string;
  adminSpent: string;
  balance: string;
};

/** The overview document: running totals, small whatever the fund's age. */
export type FundTotalsDocument = FundScope & {
  /** False while only other streams' events are in: the totals wait for the registration. */
  registered: boolean;
  overview: FundOverview;
};

/** Every rules version of a fund, oldest first: written only when rules are adopted, read for what depends on the day. */
export type FundRulesDocument = { fundId: string; rules: FundRulesData[] };

/** A registered fund as the readers serve it: its overview, and its rules for views that depend on the rules in force. */
export type FundOverviewDocument = FundTotalsDocument & { rules: FundRulesData[] };

/** One fund in the fund list. */
export type FundListDocument = FundScope & {
  registered: boolean;
  name: string;
  foundedOn: string;
  members: Record<string, number>;
  balance: string;
};

/** A member's standing: what the lapse rule and the arrears are worked out from on the day of reading. */
export type MemberStanding = { planId: string; enrolledOn: string; paidThrough: string | null };

export type StatementClaim = {
  claimId: string;
  benefit: string;
  eventDate: string;
  amount: string;
  status: string;
  payout: { payoutId: string; reversed: boolean } | null;
};

/** A member's statement lines, without what depends on the day it is read. */
export type StatementLines = {
  memberId: string;
  status: string;
  planId: string;
  enrolledOn: string;
  paidThrough: string | null;
  contributions: number;
  claims: StatementClaim[];
};

/**
 * `statusChange`: the event that last changed the status and the status before it, so that the
 * same event coming again after a crash still knows what it moved the member from.
 */
export type MemberStatementDocument = {
  fundId: string;
  memberId: string;
  standing: MemberStanding;
  statement: StatementLines;
  statusChange: { streamId: string; revision: string; from: string } | null;
};

/** One member in the member list. */
export type MemberListDocument = { fundId: string; memberId: string; status: string; standing: MemberStanding };

/** Which member a claim is about: for events that name only the claim. */
export type ClaimDocument = { fundId: string; claimId: string; memberId: string };

/** A claim awaiting approval; gone once approved or rejected. */
export type ClaimsQueueDocument = {
  fundId: string;
  order: string;
  claim: {
    claimId: string;
    memberId: string;
    benefit: string;
    eventDate: string;
    amount: string;
    approverIds: string[];
    rulesVersion: number;
  };
};

/** Money the 3-party report of one fiscal year (BE) is made of; targets come from the rules in force on the day of reading. */
export type ThreePartyDocument = {
  fundId: string;
  fiscalYear: number;
  memberContributions: string;
  matched: Record<MatchingSource, string>;
};

/** Ids sort a fund's documents together, so lists page through one fund by prefix. */
export const statementDocumentId = (fundId: string, memberId: string): string => `${fundId}/${memberId}`;
export const claimDocumentId = (fundId: string, claimId: string): string => `${fundId}/${claimId}`;
export const threePartyDocumentId = (fundId: string, fiscalYear: number): string => `${fundId}/${fiscalYear}`;
