import { FundRulesData, MatchingSource } from '@kongthun/welfare-domain';
import { claimsQueue, fundOverview, MemberStatementLines } from '../queries/fund-views';
import { FundStateJson } from './fund-state-json';

/** The fund views projection; its checkpoints (last applied revision per fund stream) are kept under this name. */
export const FUND_VIEWS_PROJECTION = 'welfare.fund-views';

/** One collection per query, plus the folded state the projection applies the next event to. */
export const FUND_VIEW_COLLECTIONS = {
  state: 'welfare_fund_state',
  overview: 'welfare_fund_overview',
  statements: 'welfare_member_statements',
  claimsQueue: 'welfare_claims_queue',
  threeParty: 'welfare_three_party',
} as const;

export const ALL_FUND_VIEW_COLLECTIONS: readonly string[] = Object.values(FUND_VIEW_COLLECTIONS);

/** What scope checks need: every view document names its fund and the fund's area. */
export type FundScope = { fundId: string; areaCode: string };

export type FundStateDocument = FundStateJson;

/** The overview as served, and every rules version, for views that depend on the rules in force today. */
export type FundOverviewDocument = FundScope & { overview: ReturnType<typeof fundOverview>; rules: FundRulesData[] };

/** A member's statement lines; arrears are worked out from `standing` on the day of reading. */
export type MemberStatementDocument = FundScope & {
  memberId: string;
  standing: { planId: string; enrolledOn: string; paidThrough: string | null };
  statement: MemberStatementLines;
};

export type ClaimsQueueDocument = FundScope & { claims: ReturnType<typeof claimsQueue> };

/**
 * Money the 3-party report is made of, by fiscal year (BE): member contributions received that
 * year and matching money by source. Targets come from the rules in force on the day of reading.
 */
export type ThreePartyDocument = FundScope & {
  byFiscalYear: Record<string, { memberContributions: string; matched: Record<MatchingSource, string> }>;
};

export const statementDocumentId = (fundId: string, memberId: string): string => `${fundId}/${memberId}`;
