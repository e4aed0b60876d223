import { dateOfInstant, Decider, Money } from '@kongthun/kernel';
import { refuse, requireText } from '../refusals';
import { approvalsRequiredFor } from './approval-tiers';
import { ApproveRun, CloseRun, CreateRun, PaymentRunCommand, RecordDryRun, RecordExport, RecordResultImport } from './payment-run.commands';
import { PaymentRunEvent } from './payment-run.events';
import { evolvePaymentRun, initialPaymentRunState, PaymentRun, PaymentRunState } from './payment-run.state';

const requireRun = (state: PaymentRunState): PaymentRun => {
  if (state.status === 'None') throw refuse('relief.run-not-found', 'No such payment run', 'ไม่พบรอบการจ่ายเงิน');
  return state;
};

const create = ({ data, metadata }: CreateRun, state: PaymentRunState): PaymentRunEvent[] => {
  if (state.status !== 'None') throw refuse('relief.run-exists', `Run ${data.runId} exists`, 'มีรอบการจ่ายเงินนี้แล้ว');
  const amount = Money.fromJSON(data.controlTotals.amount);
  if (!Number.isInteger(data.controlTotals.count) || data.controlTotals.count < 1 || !amount.isGreaterThan(Money.zero))
    throw refuse(
      'relief.control-totals-invalid',
      'Control totals need a positive count and amount',
      'ยอดควบคุมต้องมีจำนวนรายและจำนวนเงินมากกว่าศูนย์',
    );
  if (data.method !== 'bank-transfer' && data.method !== 'promptpay')
    throw refuse('relief.method-unknown', 'Pay by bank-transfer or promptpay', 'วิธีจ่ายต้องเป็นโอนเข้าบัญชีหรือพร้อมเพย์');
  return [
    {
      type: 'relief.run.created',
      data: {
        runId: requireText(data.runId, 'relief.run-id-required', 'A run id', 'รหัสรอบการจ่าย'),
        declarationId: data.declarationId,
        programmeId: requireText(data.programmeId, 'relief.programme-required', 'A programme', 'แผนงาน'),
        sourceName: requireText(data.sourceName, 'relief.source-required', 'The source of money', 'แหล่งเงิน'),
        method: data.method,
        controlCount: data.controlTotals.count,
        controlAmount: amount.toDecimalString(),
        approvalsRequired: approvalsRequiredFor(data.tiers, amount),
        createdBy: metadata.actor.userId,
        createdOn: dateOfInstant(metadata.now),
      },
    },
  ];
};

const dryRun = ({ data, metadata }: RecordDryRun, state: PaymentRunState): PaymentRunEvent[] => {
  const run = requireRun(state);
  if (run.status !== 'Created')
    throw refuse('relief.run-not-open', 'A dry run is only for a run not yet approved', 'ทดลองประมวลผลได้เฉพาะรอบที่ยังไม่อนุมัติ', {
      status: run.status,
    });
  const matches =
    data.applicableCount === run.controlCount && Money.fromJSON(data.applicableAmount).equals(Money.fromJSON(run.controlAmount));
  return [
    {
      type: 'relief.run.dry-run-recorded',
      data: { runId: run.runId, ...data, matchesControlTotals: matches, recordedOn: dateOfInstant(metadata.now) },
    },
  ];
};

const approve = ({ metadata }: ApproveRun, state: PaymentRunState): PaymentRunEvent[] => {
  const run = requireRun(state);
  const approverId = metadata.actor.userId;
  if (run.status !== 'Created')
    throw refuse('relief.run-not-open', 'The run is not awaiting approval', 'รอบนี้ไม่อยู่ระหว่างรออนุมัติ', { status: run.status });
  if (run.dryRunMatches === null) throw refuse('relief.run-dry-run-required', 'Run a dry run before approving', 'ต้องทดลองประมวลผลก่อนอนุมัติ');
  if (!run.dryRunMatches)
    throw refuse(
      'relief.run-control-totals-mismatch',
      'The dry run does not match the declared control totals',
      'ผลการทดลองประมวลผลไม่ตรงกับยอดควบคุม',
    );
  if (approverId === run.createdBy)
    throw refuse('relief.run-maker-cannot-approve', 'The maker of a run cannot approve it', 'ผู้จัดทำรอบการจ่ายอนุมัติเองไม่ได้');
  if (run.approverIds.includes(approverId))
    throw refuse('relief.run-already-approved-by', 'This approver has already approved the run', 'ผู้อนุมัตินี้อนุมัติแล้ว');
  const approvedOn = dateOfInstant(metadata.now);
  const events: PaymentRunEvent[] = [{ type: 'relief.run.approval-recorded', data: { runId: run.runId, approverId, approvedOn } }];
  if (run.approverIds.length + 1 >= run.approvalsRequired)
    events.push({ type: 'relief.run.approved', data: { runId: run.runId, approverIds: [...run.approverIds, approverId], approvedOn } });
  return events;
};

const recordExport = ({ data, metadata }: RecordExport, state: PaymentRunState): PaymentRunEvent[] => {
  const run = requireRun(state);
  if (run.status !== 'Approved' && run.status !== 'Exported')
    throw refuse('relief.run-not-approved', 'Only an approved run is exported', 'ส่งออกไฟล์ได้เฉพาะรอบที่อนุมัติแล้ว', { status: run.status });
  if (data.count !== run.controlCount || !Money.fromJSON(data.amount).equals(Money.fromJSON(run.controlAmount)))
    throw refuse(
      'relief.run-export-totals-mismatch',
      'The bank file would not match the approved control totals',
      'ไฟล์ธนาคารไม่ตรงกับยอดควบคุมที่อนุมัติ',
      { count: data.count, amount: data.amount },
    );
  if (run.exported?.sha256 === data.sha256) return [];
  return [{ type: 'relief.run.bank-file-exported', data: { runId: run.runId, ...data, exportedOn: dateOfInstant(metadata.now) } }];
};

const recordImport = ({ data, metadata }: RecordResultImport, state: PaymentRunState): PaymentRunEvent[] => {
  const run = requireRun(state);
  if (run.status !== 'Exported')
    throw refuse('relief.run-not-exported', 'Results come only for an exported run', 'นำเข้าผลได้เฉพาะรอบที่ส่งออกไฟล์แล้ว', {
      status: run.status,
    });
  if (run.importedFiles.includes(data.sha256))
    throw refuse('relief.result-file-already-imported', 'This result file was already imported', 'นำเข้าไฟล์ผลนี้แล้ว');
  return [{ type: 'relief.run.result-file-imported', data: { runId: run.runId, ...data, importedOn: dateOfInstant(metadata.now) } }];
};

const close = ({ data, metadata }: CloseRun, state: PaymentRunState): PaymentRunEvent[] => {
  const run = requireRun(state);
  if (run.status === 'Closed') throw refuse('relief.run-closed', 'The run is closed', 'ปิดรอบนี้แล้ว');
  return [
    {
      type: 'relief.run.closed',
      data: {
        runId: run.runId,
        reason: requireText(data.reason, 'relief.reason-required', 'A reason', 'เหตุผล'),
        closedOn: dateOfInstant(metadata.now),
      },
    },
  ];
};

export const paymentRunDecider: Decider<PaymentRunCommand, PaymentRunEvent, PaymentRunState> = {
  decide: (command, state) => {
    switch (command.type) {
      case 'CreateRun':
        return create(command, state);
      case 'RecordDryRun':
        return dryRun(command, state);
      case 'ApproveRun':
        return approve(command, state);
      case 'RecordExport':
        return recordExport(command, state);
      case 'RecordResultImport':
        return recordImport(command, state);
      case 'CloseRun':
        return close(command, state);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
  evolve: evolvePaymentRun,
  initialState: initialPaymentRunState,
};

export const paymentRunStreamId = (runId: string): string => `relief-run-${runId}`;
