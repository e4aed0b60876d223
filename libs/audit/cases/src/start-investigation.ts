import { StartInvestigation } from './case.commands';
import { InvestigationStarted } from './case.events';
import { CaseState } from './case.state';
import { refuse, requireActive, requireAuditor } from './case-refusals';

/** An auditor takes up an open case (เริ่มการตรวจสอบ) and becomes its investigator. */
export const startInvestigation = (command: StartInvestigation, state: CaseState): InvestigationStarted[] => {
  const investigatorId = requireAuditor(command.metadata);
  const active = requireActive(state, command.data.caseId);
  if (active.status === 'Investigating') {
    throw refuse(
      'case.already-investigating',
      `Case ${active.caseId} is being investigated by ${active.investigatorId}`,
      'เรื่องนี้อยู่ระหว่างการตรวจสอบแล้ว',
      { caseId: active.caseId, investigatorId: active.investigatorId },
    );
  }
  return [{ type: 'audit.case.investigation-started', data: { caseId: active.caseId, investigatorId, startedAt: command.metadata.now } }];
};
