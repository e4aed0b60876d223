import { ReadModelStore } from '@kongthun/read-models';
import { ReportDueLine } from './report-duties';
import { REPORTS_DUE } from './reports-due-projection';

export interface ReportsDueQuery {
  programmeId: string;
  /** The day "overdue" is judged on (YYYY-MM-DD): due before it and still awaited. */
  asOf: string;
  /** Only the overdue lines: the start of the programme's lines, as they sort by due date. */
  overdueOnly: boolean;
  limit: number;
  cursor?: string;
  /** Lines the reader may see (their scope); others are left out of the page. */
  visible: (line: ReportDueLine) => boolean;
}

/**
 * A page of a programme's reports due, earliest due first, each marked overdue or not as of a day.
 * A line is overdue when its due date has passed and nothing of it awaits a decision: a report
 * submitted in time and not yet accepted is the officer's to decide, not the organisation's debt.
 */
export const reportsDuePage = async (readModels: ReadModelStore, query: ReportsDueQuery) => {
  const page = await readModels.list<ReportDueLine>(REPORTS_DUE, {
    idPrefix: `${query.programmeId}|`,
    after: query.cursor,
    limit: query.limit + 1,
  });
  const inPage = page.slice(0, query.limit);
  const overdue = (line: ReportDueLine) => line.dueOn < query.asOf && line.status === 'awaited';
  // Due dates rise along the ids: once one is not before asOf, no later line is overdue.
  const firstNotPast = inPage.findIndex((doc) => doc.body.dueOn >= query.asOf);
  const considered = query.overdueOnly && firstNotPast >= 0 ? inPage.slice(0, firstNotPast) : inPage;
  const items = considered
    .map((doc) => doc.body)
    .filter((line) => (!query.overdueOnly || overdue(line)) && query.visible(line))
    .map((line) => ({ ...line, overdue: overdue(line) }));
  const more = page.length > query.limit && !(query.overdueOnly && firstNotPast >= 0);
  return { asOf: query.asOf, items, nextCursor: more ? inPage[inPage.length - 1].id : null };
};
