import { CloseCase } from './case.commands';
import { CASE_RESOLUTIONS, CaseClosed, REFERRAL_AGENCIES } from './case.events';
import { CaseState } from './case.state';
import { refuse, requireActive, requireAuditor, requireText } from './case-refusals';

/**
 * Closes a case under investigation (ปิดเรื่อง) as substantiated, unfounded, or referred to PACC,
 * NACC or the State Audit Office, with the auditor's reason. A case is investigated before it
 * is closed: even an unfounded flag leaves a record of who looked.
 */
export const closeCase = (command: CloseCase, state: CaseState): CaseClosed[] => {
  const closedBy = requireAuditor(command.metadata);
  const active = requireActive(state, command.data.caseId);
  if (active.status !== 'Investigating') {
    throw refuse('case.not-investigating', `Case ${active.caseId} must be investigated before it is closed`, 'ต้องเริ่มการตรวจสอบก่อนปิดเรื่อง', {
      caseId: active.caseId,
    });
  }
  const { resolution, referredTo } = command.data;
  if (!(CASE_RESOLUTIONS as readonly string[]).includes(resolution)) {
    throw refuse('case.resolution-invalid', `Unknown resolution ${String(resolution)}`, 'ผลการตรวจสอบไม่ถูกต้อง', {
      resolution: String(resolution),
    });
  }
  if (resolution === 'referred' && !(REFERRAL_AGENCIES as readonly (string | null)[]).includes(referredTo)) {
    throw refuse('case.referral-agency-required', 'A referral names PACC, NACC or SAO', 'ต้องระบุหน่วยงานที่ส่งเรื่อง (ปปท. ป.ป.ช. หรือ สตง.)', {
      referredTo: String(referredTo),
    });
  }
  if (resolution !== 'referred' && referredTo !== null) {
    throw refuse('case.referral-agency-unexpected', `A case closed as ${resolution} is not referred`, 'ระบุหน่วยงานได้เฉพาะกรณีส่งเรื่องต่อ', {
      resolution,
      referredTo,
    });
  }
  const reason = requireText(command.data.reason, 'case.reason-required', 'A reason', 'เหตุผลการปิดเรื่อง');
  return [
    {
      type: 'audit.case.closed',
      data: { caseId: active.caseId, resolution, referredTo, reason, closedBy, closedAt: command.metadata.now },
    },
  ];
};
