import { Money } from '@kongthun/kernel';
import { dayOf, refuse } from '../command';
import { AcceptReport, QueryReport, SubmitReport } from './project.commands';
import { ProjectEvent } from './project.events';
import { requireStatus } from './project-refusals';
import { claimedSpending, KnownProject, ProjectState, releasedTotal, ReportRecord } from './project.state';

/**
 * A progress or expense report (รายงานความก้าวหน้า / รายงานการใช้จ่าย) on a paid tranche. Expense
 * lines carry a receipt and its keyed hash: one receipt cannot be claimed twice in a project (the
 * auditor looks across projects), and claimed spending never exceeds what was released.
 */
export const submitReport = (command: SubmitReport, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active', 'Cancelled'],
    'report.project-not-active',
    'Reports are made under an agreement',
    'โครงการไม่อยู่ในสถานะส่งรายงานได้',
  );
  const { reportId, trancheNumber, kind, summary, lines } = command.data;
  if (project.reports.has(reportId)) throw refuse('report.duplicate', `Report ${reportId} exists`, 'มีรายงานรหัสนี้แล้ว', { reportId });
  if (!project.released.has(trancheNumber))
    throw refuse('report.tranche-not-released', `Tranche ${trancheNumber} has not been paid`, 'งวดนี้ยังไม่ได้เบิกจ่าย', { trancheNumber });
  if (kind === 'expense' && lines.length === 0)
    throw refuse('report.lines-required', 'An expense report lists its expenses', 'รายงานการใช้จ่ายต้องมีรายการ');
  const claimed = new Set([...project.reports.values()].filter((r) => r.status !== 'queried').flatMap((r) => r.receiptHashes));
  const seen = new Set<string>();
  for (const line of lines) {
    if (claimed.has(line.receiptHash) || seen.has(line.receiptHash))
      throw refuse('report.receipt-claimed-twice', `Receipt ${line.receiptRef} is already claimed`, 'ใบเสร็จนี้ถูกเบิกไปแล้ว', {
        receiptRef: line.receiptRef,
      });
    seen.add(line.receiptHash);
  }
  const total = Money.sum(lines.map((line) => line.amount));
  if (kind === 'expense' && claimedSpending(project).plus(total).isGreaterThan(releasedTotal(project)))
    throw refuse(
      'report.spending-beyond-released',
      `Spending would exceed the ${releasedTotal(project).format()} baht released`,
      'ยอดใช้จ่ายเกินเงินที่ได้รับโอน',
      {
        released: releasedTotal(project).toJSON(),
        claimed: claimedSpending(project).plus(total).toJSON(),
      },
    );
  return [
    {
      type: 'grants.report.submitted',
      data: {
        projectId: project.projectId,
        awardId: project.award!.awardId,
        reportId,
        trancheNumber,
        kind,
        summary,
        lines: lines.map((line) => ({ ...line, amount: line.amount.toJSON() })),
        total: total.toJSON(),
        submittedOn: dayOf(command.metadata.now),
      },
    },
  ];
};

const requirePending = (project: KnownProject, reportId: string): ReportRecord => {
  const report = project.reports.get(reportId);
  if (report === undefined) throw refuse('report.not-found', `No report ${reportId}`, 'ไม่พบรายงาน', { reportId });
  if (report.status !== 'pending')
    throw refuse('report.not-pending', `Report ${reportId} is ${report.status}`, 'รายงานนี้พิจารณาแล้ว', { status: report.status });
  return report;
};

const factsOf = (project: KnownProject, report: ReportRecord) => ({
  awardId: project.award!.awardId,
  trancheNumber: report.trancheNumber,
  kind: report.kind,
  total: report.total.toJSON(),
});

export const acceptReport = (command: AcceptReport, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active', 'Cancelled'],
    'report.project-not-active',
    'Reports are reviewed under an agreement',
    'โครงการไม่อยู่ในสถานะพิจารณารายงานได้',
  );
  const report = requirePending(project, command.data.reportId);
  const { userId } = command.metadata.actor;
  return [
    {
      type: 'grants.report.accepted',
      data: {
        ...factsOf(project, report),
        projectId: project.projectId,
        reportId: command.data.reportId,
        acceptedBy: userId,
        acceptedOn: dayOf(command.metadata.now),
      },
    },
  ];
};

export const queryReport = (command: QueryReport, state: ProjectState): ProjectEvent[] => {
  const project = requireStatus(
    state,
    ['Active', 'Cancelled'],
    'report.project-not-active',
    'Reports are reviewed under an agreement',
    'โครงการไม่อยู่ในสถานะพิจารณารายงานได้',
  );
  const report = requirePending(project, command.data.reportId);
  if (command.data.question.trim() === '') throw refuse('report.question-required', 'A query says what is wrong', 'ต้องระบุข้อสงสัย');
  return [
    {
      type: 'grants.report.queried',
      data: {
        ...factsOf(project, report),
        projectId: project.projectId,
        ...command.data,
        queriedBy: command.metadata.actor.userId,
        queriedOn: dayOf(command.metadata.now),
      },
    },
  ];
};
