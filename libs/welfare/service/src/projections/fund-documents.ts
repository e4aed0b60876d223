import { DocumentWrite } from '@kongthun/read-models';
import { Money } from '@kongthun/kernel';
import { FundEvent, MATCHING_SOURCES, MatchingSource, RegisteredFund, rulesToData } from '@kongthun/welfare-domain';
import { claimsQueue, fundOverview, memberStatementLines } from '../queries/fund-views';
import {
  ClaimsQueueDocument,
  FUND_VIEW_COLLECTIONS,
  FundOverviewDocument,
  MemberStatementDocument,
  statementDocumentId,
  ThreePartyDocument,
} from './fund-read-models';
import { fundStateToJson } from './fund-state-json';

/**
 * Members whose statement an event changes: the one it names, or the claimant of the claim or
 * payout it names. Every other view is rewritten on each event of the fund.
 */
export const membersTouched = (event: FundEvent, fund: RegisteredFund): string[] => {
  const data = event.data as { memberId?: string; claimId?: string; payoutId?: string };
  const claimId = data.claimId ?? (data.payoutId === undefined ? undefined : fund.payouts.get(data.payoutId)?.claimId);
  const claimant = claimId === undefined ? undefined : fund.claims.get(claimId)?.memberId;
  return [...new Set([data.memberId, claimant])].filter(
    (memberId): memberId is string => memberId !== undefined && fund.members.has(memberId),
  );
};

const threePartyDocument = (fund: RegisteredFund, scope: { fundId: string; areaCode: string }): ThreePartyDocument => {
  const years = new Set([...fund.ledger.contributionsByFiscalYear.keys(), ...fund.ledger.matchingByFiscalYear.keys()]);
  const byFiscalYear = Object.fromEntries(
    [...years]
      .sort((a, b) => a - b)
      .map((year) => {
        const matched = fund.ledger.matchingByFiscalYear.get(year);
        const bySource = Object.fromEntries(
          MATCHING_SOURCES.map((source) => [source, (matched?.[source] ?? Money.zero).toJSON()]),
        ) as Record<MatchingSource, string>;
        return [
          String(year),
          { memberContributions: (fund.ledger.contributionsByFiscalYear.get(year) ?? Money.zero).toJSON(), matched: bySource },
        ];
      }),
  );
  return { ...scope, byFiscalYear };
};

/** The documents that reflect `fund` after an event: its state, its views, and the statements of `members`. */
export const fundDocuments = (fund: RegisteredFund, streamId: string, members: readonly string[]): DocumentWrite[] => {
  const scope = { fundId: fund.fundId, areaCode: fund.areaCode };
  const statements = members.map((memberId): DocumentWrite => {
    const member = fund.members.get(memberId);
    if (member === undefined) throw new Error(`no member ${memberId} in fund ${fund.fundId}`);
    const body: MemberStatementDocument = {
      ...scope,
      memberId,
      standing: { planId: member.planId, enrolledOn: member.enrolledOn, paidThrough: member.paidThrough },
      statement: memberStatementLines(fund, memberId),
    };
    return { collection: FUND_VIEW_COLLECTIONS.statements, id: statementDocumentId(fund.fundId, memberId), body };
  });
  const overview: FundOverviewDocument = { ...scope, overview: fundOverview(fund), rules: fund.rules.map(rulesToData) };
  const queue: ClaimsQueueDocument = { ...scope, claims: claimsQueue(fund) };
  return [
    ...statements,
    { collection: FUND_VIEW_COLLECTIONS.overview, id: fund.fundId, body: overview },
    { collection: FUND_VIEW_COLLECTIONS.claimsQueue, id: fund.fundId, body: queue },
    { collection: FUND_VIEW_COLLECTIONS.threeParty, id: fund.fundId, body: threePartyDocument(fund, scope) },
    { collection: FUND_VIEW_COLLECTIONS.state, id: streamId, body: fundStateToJson(fund) },
  ];
};
