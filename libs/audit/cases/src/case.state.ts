import { CaseResolution, CaseSeverity, ReferralAgency } from './case.events';

export interface CaseNotOpened {
  status: 'NotOpened';
}

/** What every opened case knows: the finding it follows and its evidence. */
export interface CaseFile {
  caseId: string;
  findingId: string;
  rule: string;
  severity: CaseSeverity;
  evidenceEventIds: readonly string[];
  openedBy: string;
  openedAt: string;
  /** Note ids already used, so a retried request cannot add the same note twice. */
  noteIds: readonly string[];
}

/** Opened from a finding, waiting for an auditor to take it up (รอตรวจสอบ). */
export interface OpenedCase extends CaseFile {
  status: 'Open';
}

/** Being investigated (อยู่ระหว่างตรวจสอบ). */
export interface CaseUnderInvestigation extends CaseFile {
  status: 'Investigating';
  investigatorId: string;
  startedAt: string;
}

/** Closed with a resolution (ปิดเรื่อง); nothing more may happen to it. */
export interface ClosedCase extends CaseFile {
  status: 'Closed';
  investigatorId: string;
  startedAt: string;
  resolution: CaseResolution;
  referredTo: ReferralAgency | null;
  reason: string;
  closedBy: string;
  closedAt: string;
}

export type CaseState = CaseNotOpened | OpenedCase | CaseUnderInvestigation | ClosedCase;

export const initialCaseState = (): CaseState => ({ status: 'NotOpened' });
