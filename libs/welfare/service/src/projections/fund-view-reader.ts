import { DomainError, Money } from '@kongthun/kernel';
import { ReadModelStore } from '@kongthun/read-models';
import {
  arrearsAmount,
  MATCHING_SOURCES,
  MatchingSource,
  MemberStatus,
  missedMonths,
  planFor,
  rulesFromData,
  rulesInForceOn,
  threePartyMatching,
} from '@kongthun/welfare-domain';
import { statusOnDay } from '../queries/status-on-day';
import { threePartyReportOf, withArrears } from '../queries/served-views';
import {
  ClaimsQueueDocument,
  FUND_VIEW_COLLECTIONS,
  FundOverviewDocument,
  FundRulesDocument,
  FundTotalsDocument,
  MemberStatementDocument,
  statementDocumentId,
  ThreePartyDocument,
  threePartyDocumentId,
} from './fund-read-models';

const fundNotFound = (fundId: string) =>
  new DomainError('fund.not-found', `Fund ${fundId} is not registered`, { messageTh: 'ไม่พบกองทุนนี้ในระบบ' });

/** Open claims read at once; a fund has few awaiting the committee. */
const QUEUE_BATCH = 500;

/**
 * Serves the fund views from their read models. What depends on the day of reading (arrears, the
 * status the lapse rule gives today, the 3-party targets in force) is worked out here from stored
 * fields, with the domain's own rules.
 */
export class FundViewReader {
  constructor(private readonly readModels: ReadModelStore) {}

  /** The fund's overview document: existence, scope (fund and area) and rules for the other views. */
  async fund(fundId: string): Promise<FundOverviewDocument> {
    const [totals, rules] = await Promise.all([
      this.readModels.get<FundTotalsDocument>(FUND_VIEW_COLLECTIONS.overview, fundId),
      this.readModels.get<FundRulesDocument>(FUND_VIEW_COLLECTIONS.rules, fundId),
    ]);
    if (totals === undefined || !totals.body.registered || rules === undefined) throw fundNotFound(fundId);
    return { ...totals.body, rules: rules.body.rules };
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
    const lines = { ...statement, status: statusOnDay(statement.status as MemberStatus, standing, rules, today) };
    return withArrears(lines, { months: missedMonths(standing, today), amount: arrearsAmount(standing, plan.monthlyAmount, today) });
  }

  /** Claims awaiting approval, oldest first: one document each, listed by the fund's prefix. */
  async claimsQueue(fund: FundOverviewDocument) {
    const open: ClaimsQueueDocument[] = [];
    for (let after: string | undefined; ;) {
      const page = await this.readModels.list<ClaimsQueueDocument>(FUND_VIEW_COLLECTIONS.claimsQueue, {
        idPrefix: `${fund.fundId}/`,
        after,
        limit: QUEUE_BATCH,
      });
      open.push(...page.map((document) => document.body));
      if (page.length < QUEUE_BATCH) break;
      after = page[page.length - 1].id;
    }
    return open.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0)).map((document) => document.claim);
  }

  async threeParty(fund: FundOverviewDocument, fiscalYear: number, today: string) {
    const stored = await this.readModels.get<ThreePartyDocument>(
      FUND_VIEW_COLLECTIONS.threeParty,
      threePartyDocumentId(fund.fundId, fiscalYear),
    );
    const year = stored?.body;
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
