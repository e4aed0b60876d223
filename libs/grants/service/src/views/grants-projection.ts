import { RecordedEvent } from '@kongthun/event-sourcing';
import { Money } from '@kongthun/kernel';
import { BudgetEvent, isProjectEventType, ProjectEvent } from '@kongthun/grants-domain';
import { ReadModelStore } from '@kongthun/read-models';

export const GRANTS_VIEWS = 'grants-views';
export const PROJECTS = 'grants.projects';
export const PROJECT_KEYS = 'grants.project-keys';
export const BUDGETS = 'grants.budgets';

/** One project in its programme's list: what a screen needs, money as decimal strings. */
export interface ProjectSummary {
  projectId: string;
  programmeId: string;
  fiscalYear: number;
  organisationId: string;
  organisationName: string;
  title: string;
  areaCode: string;
  status: string;
  requested: string;
  awarded: string;
  released: string;
  spent: string;
  refunded: string;
  tranchesReleased: number;
  reportsPending: number;
}

export interface BudgetDocument {
  programmeId: string;
  fiscalYear: number;
  programmeName: string;
  funder: string;
  areaCodes: string[];
  allocated: string;
  committed: string;
  allocations: { allocationId: string; kind: string; amount: string; amountWords: string; documentRef: string; receivedOn: string }[];
}

/** List key: programme, fiscal year, project: a programme's projects are one id prefix. */
export const projectKey = (programmeId: string, fiscalYear: number, projectId: string) => `${programmeId}:${fiscalYear}:${projectId}`;

const add = (a: string, b: string) => Money.fromJSON(a).plus(Money.fromJSON(b)).toJSON();

const summaryAfter = (summary: ProjectSummary, event: ProjectEvent): ProjectSummary => {
  switch (event.type) {
    case 'grants.review.opened':
      return { ...summary, status: 'UnderReview' };
    case 'grants.proposal.rejected':
      return { ...summary, status: 'Rejected' };
    case 'grants.project.awarded':
      return { ...summary, status: 'Active', awarded: event.data.amount };
    case 'grants.tranche.released':
      return { ...summary, released: add(summary.released, event.data.amount), tranchesReleased: summary.tranchesReleased + 1 };
    case 'grants.report.submitted':
      return { ...summary, reportsPending: summary.reportsPending + 1 };
    case 'grants.report.queried':
      return { ...summary, reportsPending: summary.reportsPending - 1 };
    case 'grants.agreement.amended':
      return { ...summary, awarded: event.data.amount, status: event.data.kind === 'cancel' ? 'Cancelled' : summary.status };
    case 'grants.refund.received':
      return { ...summary, refunded: add(summary.refunded, event.data.amount) };
    case 'grants.project.closed':
      return { ...summary, status: 'Closed', spent: event.data.spent };
    default:
      return summary;
  }
};

/**
 * The grants views, one event at a time: a summary per project (from its own stream) and a
 * document per budget (from the budget stream). Spending counts once a report is accepted, so the
 * projection keeps each report's total in the project's key document.
 */
export class GrantsProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(event: RecordedEvent): Promise<void> {
    if (event.type.startsWith('grants.budget.')) return this.budget(event, { type: event.type, data: event.data } as BudgetEvent);
    if (isProjectEventType(event.type)) return this.projectEvent(event, { type: event.type, data: event.data } as ProjectEvent);
  }

  private async budget(recorded: RecordedEvent, event: BudgetEvent): Promise<void> {
    const id = `${event.data.programmeId}:${event.data.fiscalYear}`;
    const before = (await this.readModels.get<BudgetDocument>(BUDGETS, id))?.body;
    let body: BudgetDocument | undefined = before;
    if (event.type === 'grants.budget.opened') body = { ...event.data, allocated: '0.00', committed: '0.00', allocations: [] };
    else if (before !== undefined && event.type === 'grants.budget.allocated') {
      const { allocationId, kind, amount, amountWords, documentRef, receivedOn } = event.data;
      body = {
        ...before,
        allocated: add(before.allocated, amount),
        allocations: [...before.allocations, { allocationId, kind, amount, amountWords, documentRef, receivedOn }],
      };
    } else if (before !== undefined && event.type === 'grants.budget.reserved')
      body = { ...before, committed: add(before.committed, event.data.amount) };
    else if (before !== undefined && event.type === 'grants.budget.returned')
      body = { ...before, committed: Money.fromJSON(before.committed).minus(Money.fromJSON(event.data.amount)).toJSON() };
    await this.readModels.apply({
      projection: GRANTS_VIEWS,
      streamId: recorded.streamId,
      revision: recorded.streamRevision,
      writes: body === undefined ? [] : [{ collection: BUDGETS, id, body }],
    });
  }

  private async projectEvent(recorded: RecordedEvent, event: ProjectEvent): Promise<void> {
    const projectId = event.data.projectId;
    const keyDoc = (await this.readModels.get<{ key: string; reports: Record<string, string> }>(PROJECT_KEYS, projectId))?.body;
    let keys = keyDoc ?? { key: '', reports: {} };
    let summary: ProjectSummary | undefined;
    if (event.type === 'grants.proposal.submitted') {
      const d = event.data;
      keys = { key: projectKey(d.programmeId, d.fiscalYear, d.projectId), reports: {} };
      summary = {
        projectId,
        programmeId: d.programmeId,
        fiscalYear: d.fiscalYear,
        organisationId: d.organisationId,
        organisationName: d.organisationName,
        title: d.title,
        areaCode: d.areaCode,
        status: 'Proposed',
        requested: d.requestedAmount,
        awarded: '0.00',
        released: '0.00',
        spent: '0.00',
        refunded: '0.00',
        tranchesReleased: 0,
        reportsPending: 0,
      };
    } else {
      const before = (await this.readModels.get<ProjectSummary>(PROJECTS, keys.key))?.body;
      summary = before === undefined ? undefined : summaryAfter(before, event);
      if (summary !== undefined && event.type === 'grants.report.submitted' && event.data.kind === 'expense')
        keys = { ...keys, reports: { ...keys.reports, [event.data.reportId]: event.data.total } };
      if (summary !== undefined && event.type === 'grants.report.accepted') {
        summary = {
          ...summary,
          reportsPending: summary.reportsPending - 1,
          spent: add(summary.spent, keys.reports[event.data.reportId] ?? '0.00'),
        };
      }
    }
    await this.readModels.apply({
      projection: GRANTS_VIEWS,
      streamId: recorded.streamId,
      revision: recorded.streamRevision,
      writes: [
        { collection: PROJECT_KEYS, id: projectId, body: keys },
        ...(summary === undefined ? [] : [{ collection: PROJECTS, id: keys.key, body: summary }]),
      ],
    });
  }
}
