import { ReadModelStore } from '@kongthun/read-models';
import { FundRules, lapsedByRule, MemberStatus, missedMonths, rulesFromData, rulesInForceOn } from '@kongthun/welfare-domain';
import { statusOnDay } from '../queries/status-on-day';
import { FUND_VIEW_COLLECTIONS, FundListDocument, FundOverviewDocument, MemberListDocument, statementDocumentId } from './fund-read-models';

/** One page of a list: `nextCursor` is null on the last page. */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** How many documents to read at once while skipping funds outside the caller's scope. */
const SCAN_BATCH = 100;

/**
 * The fund list and the member list, paged from the read models by id. A cursor is the last id of
 * the page before, so a page stays right when funds or members are added meanwhile.
 */
export class FundListReader {
  constructor(private readonly readModels: ReadModelStore) {}

  /** Funds the caller may see, in fund-id order: reads on past funds out of scope until the page is full. */
  async funds(inScope: (fund: FundListDocument) => boolean, limit: number, cursor?: string): Promise<Page<ReturnType<typeof fundSummary>>> {
    const found: FundListDocument[] = [];
    let after = cursor;
    for (;;) {
      const batch = await this.readModels.list<FundListDocument>(FUND_VIEW_COLLECTIONS.fundList, { after, limit: SCAN_BATCH });
      for (const document of batch) {
        if (document.body.registered && inScope(document.body)) found.push(document.body);
        if (found.length > limit) break;
      }
      if (found.length > limit || batch.length < SCAN_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    const items = found.slice(0, limit);
    return { items: items.map(fundSummary), nextCursor: found.length > limit ? items[items.length - 1].fundId : null };
  }

  /** A fund's members in member-id order, each with the status the lapse rule gives them on `today`. */
  async members(fund: FundOverviewDocument, today: string, limit: number, cursor?: string): Promise<Page<ReturnType<typeof memberLine>>> {
    const prefix = statementDocumentId(fund.fundId, '');
    const after = cursor === undefined ? undefined : statementDocumentId(fund.fundId, cursor);
    const documents = await this.readModels.list<MemberListDocument>(FUND_VIEW_COLLECTIONS.memberList, {
      idPrefix: prefix,
      after,
      limit: limit + 1,
    });
    const rules = rulesInForceOn(fund.rules.map(rulesFromData), today);
    const items = documents.slice(0, limit).map((document) => memberLine(document.body, rules, today));
    return { items, nextCursor: documents.length > limit ? items[items.length - 1].memberId : null };
  }

  /**
   * Members recorded active whom the lapse rule `rules` ends by `today`, by their paid-through month
   * in the member list: the lapse job's candidates. The view may lag the streams; the command
   * decides on each candidate's own stream, so a stale line lapses nobody wrongly, and a member the
   * view has not caught up with is found on a later run.
   */
  async lapseCandidates(fundId: string, rules: FundRules, today: string): Promise<string[]> {
    const candidates: string[] = [];
    let after: string | undefined;
    for (;;) {
      const batch = await this.readModels.list<MemberListDocument>(FUND_VIEW_COLLECTIONS.memberList, {
        idPrefix: statementDocumentId(fundId, ''),
        after,
        limit: CANDIDATE_BATCH,
      });
      for (const { body } of batch)
        if (body.status === 'active' && lapsedByRule(body.standing, rules.lapse.missedMonths, today)) candidates.push(body.memberId);
      if (batch.length < CANDIDATE_BATCH) return candidates;
      after = batch[batch.length - 1].id;
    }
  }
}

/** Member-list documents read at once while looking for lapse candidates. */
const CANDIDATE_BATCH = 500;

const fundSummary = ({ fundId, name, areaCode, foundedOn, members, balance }: FundListDocument) => ({
  fundId,
  name,
  areaCode,
  foundedOn,
  members,
  balance,
});

const memberLine = ({ memberId, status, standing }: MemberListDocument, rules: ReturnType<typeof rulesInForceOn>, today: string) => ({
  memberId,
  status: statusOnDay(status as MemberStatus, standing, rules, today),
  planId: standing.planId,
  enrolledOn: standing.enrolledOn,
  paidThrough: standing.paidThrough,
  missedMonths: missedMonths(standing, today),
});
