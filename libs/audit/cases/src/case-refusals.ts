import { DomainError } from '@kongthun/kernel';
import { CaseCommandMetadata } from './case.commands';
import { CaseState, CaseUnderInvestigation, ClosedCase, OpenedCase } from './case.state';

/** A refusal in English and Thai; the HTTP layer shows both, clients match on `code`. */
export const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>): DomainError =>
  new DomainError(code, message, { messageTh, ...(details === undefined ? {} : { details }) });

/** Cases are the auditors' own work: committee members and treasurers never touch them. */
export const requireAuditor = (metadata: CaseCommandMetadata): string => {
  const { userId, role } = metadata.actor;
  if (role !== 'auditor') {
    throw refuse(
      'case.not-auditor',
      `Only an auditor may act on audit cases (acting as ${role})`,
      'เฉพาะผู้ตรวจสอบเท่านั้นที่ดำเนินการกับเรื่องตรวจสอบได้',
      { userId, role },
    );
  }
  return userId;
};

export const requireText = (value: string, code: string, what: string, whatTh: string): string => {
  if (typeof value !== 'string' || value.trim() === '') throw refuse(code, `${what} is required`, `ต้องระบุ${whatTh}`);
  return value.trim();
};

/** An opened case that is not closed: the only cases work may still be done on. */
export const requireActive = (state: CaseState, caseId: string): OpenedCase | CaseUnderInvestigation => {
  if (state.status === 'NotOpened') throw refuse('case.not-found', `No case ${caseId}`, 'ไม่พบเรื่องตรวจสอบ', { caseId });
  if (state.status === 'Closed') throw closedRefusal(state);
  return state;
};

export const closedRefusal = (state: ClosedCase): DomainError =>
  refuse('case.already-closed', `Case ${state.caseId} was closed as ${state.resolution}`, 'เรื่องตรวจสอบนี้ปิดแล้ว', {
    caseId: state.caseId,
    resolution: state.resolution,
  });
