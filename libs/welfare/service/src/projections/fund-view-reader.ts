import { DomainError, Money } from '@kongthun/kernel';
import { ReadModelStore } from '@kongthun/read-models';
import {
  arrearsAmount,
  MATCHING_SOURCES,
  MatchingSource,
  missedMonths,
  planFor,
  rulesFromData,
  rulesInForceOn,
  threePartyMatching,
} from '@kongthun/welfare-domain';
import { statusOnDay } from '../queries/status-on-day';
import { threePartyReportOf, withArrears } from '../queries/fund-views';
import {
  ClaimsQueueDocument,
  FUND_VIEW_COLLECTIONS,
  FundOverviewDocument,
  MemberStatementDocument,
  statementDocumentId,
  ThreePartyDocument,
} from './fund-read-models';

const fundNotFound = (fundId: string) =>
  new DomainError('fund.not-found', `Fund ${fundId} is not registered`, { messageTh: 'ไม่พบกองทุนนี้ในระบบ' });

/**
 * Serves the fund views from their read models. What depends on the day of reading (arrears, the
 * 3-party targets in force) is worked out here from stored fields, with the domain's own rules.
 */
export class FundViewReader {
  constructor(private readonly readModels: ReadModelStore) {}

  /** The fund's overview document: existence, scope (fund and area) and rules for the other views. */
  async fund(fundId: string): Promise<FundOverviewDocument> {
    const stored = await this.readModels.get<FundOverviewDocument>(FUND_VIEW_COLLECTIONS.overview, fundId);
    if (stored === undefined) throw fundNotFound(fundId);
    return stored.body;
  }

  async statement(fund: FundOverviewDocument, memberId: string, today: string) {
    const stored = await this.readModels.get<MemberStatementDocument>(
      FUND_VIEW_COLLECTIONS.statements,
      statementDocumentId(fund.fundId, memberId),
    );
    if (stored === undefined)
      throw new DomainError('member.not-found', `No member ${memberId}`, { messageTh: 'ไม่พบสมาชิก', details: { memberId } });
    const { standing, statement } = stored.body;
    // As memberArrears does: valued at the member's plan under the rules in force on the day.
    const rules = rulesInForceOn(fund.rules.map(rulesFromData), today);
    const plan = planFor(rules, standing.planId);
    if (plan === undefined) {
      throw new DomainError('contribution.plan-not-in-rules', `Plan ${standing.planId} is not in rules version ${rules.version}`, {
        messageTh: 'ไม่มีแบบการส่งเงินสัจจะของสมาชิกในระเบียบ',
        details: { planId: standing.planId },
      });
    }
    const lines = { ...statement, status: statusOnDay(statement.status, standing, rules, today) };
    return withArrears(lines, { months: missedMonths(standing, today), amount: arrearsAmount(standing, plan.monthlyAmount, today) });
  }

  async claimsQueue(fund: FundOverviewDocument) {
    const stored = await this.readModels.get<ClaimsQueueDocument>(FUND_VIEW_COLLECTIONS.claimsQueue, fund.fundId);
    if (stored === undefined) throw fundNotFound(fund.fundId);
    return stored.body.claims;
  }

  async threeParty(fund: FundOverviewDocument, fiscalYear: number, today: string) {
    const stored = await this.readModels.get<ThreePartyDocument>(FUND_VIEW_COLLECTIONS.threeParty, fund.fundId);
    if (stored === undefined) throw fundNotFound(fund.fundId);
    const year = stored.body.byFiscalYear[String(fiscalYear)];
    const memberContributions = year ? Money.fromJSON(year.memberContributions) : Money.zero;
    const matched = Object.fromEntries(
      MATCHING_SOURCES.map((source) => [source, year ? Money.fromJSON(year.matched[source]) : Money.zero]),
    ) as Record<MatchingSource, Money>;
    // As threePartyView does: targets of the rules in force on the day.
    const rules = rulesInForceOn(fund.rules.map(rulesFromData), today);
    return threePartyReportOf(fiscalYear, {
      memberContributions,
      rows: threePartyMatching(memberContributions, matched, rules.matchingTargets),
    });
  }
}
