import { RecordedEvent } from '@kongthun/event-sourcing';
import { isProjectEventType, ProjectEvent } from '@kongthun/grants-domain';
import { ReadModelStore, StepOutcome } from '@kongthun/read-models';
import { applyDerivedLines, DerivedLinesView } from '../derived-lines';
import { dutiesAfter, ProjectDuties, ReportDueLine, reportDueLinesOf } from './report-duties';

export const REPORTS_DUE_PROJECTION = 'grants-reports-due';
/** One line per report owed, ids by programme then due date. */
export const REPORTS_DUE = 'grants.reports-due';
/** Per project: what the view keeps of it. */
export const REPORT_DUTIES = 'grants.report-duties';

const view: DerivedLinesView<ProjectDuties, ReportDueLine> = {
  projection: REPORTS_DUE_PROJECTION,
  indexCollection: REPORT_DUTIES,
  linesCollection: REPORTS_DUE,
  evolve: (before, event) => dutiesAfter(before, { type: event.type, data: event.data } as ProjectEvent),
  linesOf: reportDueLinesOf,
};

/** Reports due and overdue (รายงานที่ถึงกำหนดและเกินกำหนด), from the project streams alone. */
export class ReportsDueProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(event: RecordedEvent): Promise<StepOutcome | undefined> {
    if (!isProjectEventType(event.type)) return undefined;
    return applyDerivedLines(this.readModels, view, (event.data as { projectId: string }).projectId, event);
  }
}
