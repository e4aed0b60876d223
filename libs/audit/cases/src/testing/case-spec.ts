import { deciderSpec } from '@kongthun/kernel/testing';
import { CaseCommandMetadata, OpenCase } from '../case.commands';
import { CaseEvent } from '../case.events';
import { caseDecider } from '../case.decider';

/** `given(events).when(command).then(events)` for the case decider: the kernel's kit, as every context uses. */
export const given = deciderSpec(caseDecider);

export const CASE_ID = '0f1e2d3c-4b5a-8697-a8b9-cadbecfd0e1f';
export const AUDITOR = 'u-auditor-phuket'; // ผู้ตรวจสอบ สำนักงานตรวจสอบภายใน จ.ภูเก็ต
export const OTHER_AUDITOR = 'u-auditor-pacc1'; // ผู้ตรวจสอบ ปปท. เขต 1

export const meta = (now: string, userId = AUDITOR, role = 'auditor'): CaseCommandMetadata => ({ now, actor: { userId, role } });

/** A duplicate-payment finding, as the red-flag library reports it. */
export const openCaseCommand = (now = '2024-02-01T02:00:00.000Z', metadata = meta(now)): OpenCase => ({
  type: 'OpenCase',
  data: {
    caseId: CASE_ID,
    findingId: CASE_ID,
    rule: 'red-flag.duplicate-payment',
    severity: 'high',
    summary: 'Duplicate birth payment',
    summaryTh: 'จ่ายสวัสดิการคลอดบุตรซ้ำ',
    streamId: 'welfare-fund-wichit',
    evidenceEventIds: ['evt-0010', 'evt-0021'],
  },
  metadata,
});

export const caseOpened = (): CaseEvent => ({
  type: 'audit.case.opened',
  data: {
    caseId: CASE_ID,
    findingId: CASE_ID,
    rule: 'red-flag.duplicate-payment',
    severity: 'high',
    summary: 'Duplicate birth payment',
    summaryTh: 'จ่ายสวัสดิการคลอดบุตรซ้ำ',
    streamId: 'welfare-fund-wichit',
    evidenceEventIds: ['evt-0010', 'evt-0021'],
    openedBy: AUDITOR,
    openedAt: '2024-02-01T02:00:00.000Z',
  },
});

export const investigationStarted = (investigatorId = AUDITOR): CaseEvent => ({
  type: 'audit.case.investigation-started',
  data: { caseId: CASE_ID, investigatorId, startedAt: '2024-02-02T02:00:00.000Z' },
});

export const caseClosed = (): CaseEvent => ({
  type: 'audit.case.closed',
  data: {
    caseId: CASE_ID,
    resolution: 'unfounded',
    referredTo: null,
    reason: 'แฝด: คลอดบุตรสองคนในวันเดียวกัน',
    closedBy: AUDITOR,
    closedAt: '2024-02-05T02:00:00.000Z',
  },
});
