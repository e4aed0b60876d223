import { OpenCase } from './case.commands';
import { CASE_SEVERITIES, CaseOpened } from './case.events';
import { CaseState } from './case.state';
import { refuse, requireAuditor, requireText } from './case-refusals';

const DOTTED_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

/**
 * Opens a case (เปิดเรื่องตรวจสอบ) from a red-flag finding. Opening the same finding again changes
 * nothing, so a replayed red-flag scan can offer every finding without making duplicates; the
 * case id taken by another finding is refused.
 */
export const openCase = (command: OpenCase, state: CaseState): CaseOpened[] => {
  const openedBy = requireAuditor(command.metadata);
  const { caseId, findingId, rule, severity, summaryTh, summary, streamId, evidenceEventIds } = command.data;
  if (state.status !== 'NotOpened') {
    if (state.findingId === findingId) return [];
    throw refuse('case.already-exists', `Case ${caseId} already follows finding ${state.findingId}`, 'มีเรื่องตรวจสอบรหัสนี้อยู่แล้ว', {
      caseId,
      findingId: state.findingId,
    });
  }
  requireText(caseId, 'case.id-required', 'A case id', 'รหัสเรื่องตรวจสอบ');
  requireText(findingId, 'case.finding-required', 'The finding id', 'รหัสข้อสังเกต');
  if (typeof rule !== 'string' || !DOTTED_CODE.test(rule)) {
    throw refuse('case.rule-invalid', `"${String(rule)}" is not a dotted rule code`, 'รหัสกฎไม่ถูกต้อง', { rule: String(rule) });
  }
  if (!(CASE_SEVERITIES as readonly string[]).includes(severity)) {
    throw refuse('case.severity-invalid', `Unknown severity ${String(severity)}`, 'ระดับความรุนแรงไม่ถูกต้อง', { severity: String(severity) });
  }
  // A chain finding for a missing revision has no event to cite; the finding itself is the anchor.
  const evidence = [...new Set(evidenceEventIds.map((id) => id.trim()).filter((id) => id !== ''))];
  return [
    {
      type: 'audit.case.opened',
      data: {
        caseId,
        findingId,
        rule,
        severity,
        summary: requireText(summary, 'case.summary-required', 'An English summary', 'สรุปข้อสังเกตภาษาอังกฤษ'),
        summaryTh: requireText(summaryTh, 'case.summary-required', 'A Thai summary', 'สรุปข้อสังเกตภาษาไทย'),
        streamId,
        evidenceEventIds: evidence,
        openedBy,
        openedAt: command.metadata.now,
      },
    },
  ];
};
