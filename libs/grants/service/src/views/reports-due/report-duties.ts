import { ProjectEvent, Tranche } from '@kongthun/grants-domain';

/**
 * A report the organisation owes (รายงานที่ต้องส่ง): once tranche `trancheNumber` is paid, each kind
 * of report the award requires before the next tranche, until one of that kind is accepted.
 */
export interface ReportDuty {
  trancheNumber: number;
  kind: string;
  /** The next tranche's planned date, or the agreement's end date after the last tranche (YYYY-MM-DD). */
  dueOn: string;
  /** Reports of this kind for this tranche awaiting a decision; none means the organisation still owes one. */
  submittedReportIds: string[];
}

/**
 * What the reports-due view keeps of one project (its own stream): the facts a line of the view
 * shows, the agreement's dates, and the duties open now. Bounded by the project's tranches.
 */
export interface ProjectDuties {
  projectId: string;
  programmeId: string;
  fiscalYear: number;
  organisationId: string;
  organisationName: string;
  title: string;
  areaCode: string;
  releaseRequires: string[];
  /** The proposal's planned tranche dates: the award keeps no dates of its own, so these stand. */
  proposedDates: { number: number; plannedOn: string }[];
  tranches: Pick<Tranche, 'number' | 'plannedOn'>[];
  endDate: string | null;
  duties: ReportDuty[];
}

/** The agreement's tranches, each dated by the agreement or else by the proposal's plan. */
const datedTranches = (tranches: readonly Tranche[], proposed: ProjectDuties['proposedDates']): ProjectDuties['tranches'] =>
  tranches.map(({ number, plannedOn }) => ({
    number,
    plannedOn: plannedOn ?? proposed.find((p) => p.number === number)?.plannedOn ?? null,
  }));

const dueOnFor = (trancheNumber: number, tranches: ProjectDuties['tranches'], endDate: string | null): string =>
  tranches.find((tranche) => tranche.number === trancheNumber + 1)?.plannedOn ?? endDate ?? '9999-12-31';

const isDuty = (duty: ReportDuty, trancheNumber: number, kind: string) => duty.trancheNumber === trancheNumber && duty.kind === kind;

/** The project's duties after one of its events; undefined before its proposal (nothing to show). */
export const dutiesAfter = (before: ProjectDuties | undefined, event: ProjectEvent): ProjectDuties | undefined => {
  if (event.type === 'grants.proposal.submitted') {
    const { projectId, programmeId, fiscalYear, organisationId, organisationName, title, areaCode, plannedTranches } = event.data;
    const facts = { projectId, programmeId, fiscalYear, organisationId, organisationName, title, areaCode };
    return { ...facts, releaseRequires: [], proposedDates: plannedTranches, tranches: [], endDate: null, duties: [] };
  }
  if (before === undefined) return undefined;
  switch (event.type) {
    case 'grants.project.awarded':
      return {
        ...before,
        releaseRequires: event.data.releaseRequires,
        tranches: datedTranches(event.data.tranches, before.proposedDates),
        endDate: event.data.endDate,
      };
    case 'grants.tranche.released': {
      const { trancheNumber } = event.data;
      const dueOn = dueOnFor(trancheNumber, before.tranches, before.endDate);
      const owed = before.releaseRequires.map((kind) => ({ trancheNumber, kind, dueOn, submittedReportIds: [] }));
      return { ...before, duties: [...before.duties, ...owed] };
    }
    case 'grants.report.submitted': {
      const { trancheNumber, kind, reportId } = event.data;
      const duties = before.duties.map((duty) =>
        isDuty(duty, trancheNumber, kind) ? { ...duty, submittedReportIds: [...duty.submittedReportIds, reportId] } : duty,
      );
      return { ...before, duties };
    }
    case 'grants.report.queried': {
      const { trancheNumber, kind, reportId } = event.data;
      const duties = before.duties.map((duty) =>
        isDuty(duty, trancheNumber, kind) ? { ...duty, submittedReportIds: duty.submittedReportIds.filter((id) => id !== reportId) } : duty,
      );
      return { ...before, duties };
    }
    case 'grants.report.accepted':
      return { ...before, duties: before.duties.filter((duty) => !isDuty(duty, event.data.trancheNumber, event.data.kind)) };
    case 'grants.agreement.amended': {
      // An extension or a cut moves the dates the open duties fall due on.
      const { tranches, endDate } = event.data;
      return {
        ...before,
        tranches,
        endDate,
        duties: before.duties.map((duty) => ({ ...duty, dueOn: dueOnFor(duty.trancheNumber, tranches, endDate) })),
      };
    }
    case 'grants.project.closed':
    case 'grants.proposal.rejected':
      return { ...before, duties: [] };
    default:
      return before;
  }
};

/** One line of the view: a duty with the project it belongs to. */
export interface ReportDueLine {
  projectId: string;
  programmeId: string;
  fiscalYear: number;
  organisationId: string;
  organisationName: string;
  title: string;
  areaCode: string;
  trancheNumber: number;
  kind: string;
  dueOn: string;
  /** `awaited`: none of this kind submitted (or every one queried); `submitted`: one awaits a decision. */
  status: 'awaited' | 'submitted';
  submittedReportIds: string[];
}

/**
 * Line ids sort by programme, then due date: a programme's lines are one id prefix in due order, and
 * its overdue lines (due before a day) are the start of it. `|` cannot occur in an id.
 */
export const reportDueLineId = (programmeId: string, dueOn: string, projectId: string, trancheNumber: number, kind: string) =>
  `${programmeId}|${dueOn}|${projectId}|${String(trancheNumber).padStart(3, '0')}|${kind}`;

/** The lines a project's duties show, by id. */
export const reportDueLinesOf = (project: ProjectDuties | undefined): Map<string, ReportDueLine> => {
  const lines = new Map<string, ReportDueLine>();
  if (project === undefined) return lines;
  const { projectId, programmeId, fiscalYear, organisationId, organisationName, title, areaCode } = project;
  const facts = { projectId, programmeId, fiscalYear, organisationId, organisationName, title, areaCode };
  for (const duty of project.duties)
    lines.set(reportDueLineId(project.programmeId, duty.dueOn, project.projectId, duty.trancheNumber, duty.kind), {
      ...facts,
      trancheNumber: duty.trancheNumber,
      kind: duty.kind,
      dueOn: duty.dueOn,
      status: duty.submittedReportIds.length > 0 ? 'submitted' : 'awaited',
      submittedReportIds: duty.submittedReportIds,
    });
  return lines;
};
