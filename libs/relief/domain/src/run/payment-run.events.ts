import { PayeeMethod } from '../households/household.events';

export interface RunCreated {
  type: 'relief.run.created';
  data: {
    runId: string;
    declarationId: string;
    /** The paying programme (one source of money); one run in flight per programme. */
    programmeId: string;
    sourceName: string;
    method: PayeeMethod;
    /** Declared control totals (ยอดควบคุม): what the run must hold, no more and no less. */
    controlCount: number;
    controlAmount: string;
    approvalsRequired: number;
    createdBy: string;
    createdOn: string;
  };
}

export interface DryRunRecorded {
  type: 'relief.run.dry-run-recorded';
  data: {
    runId: string;
    applicableCount: number;
    applicableAmount: string;
    notApplicable: { reason: string; count: number; amount: string }[];
    matchesControlTotals: boolean;
    recordedOn: string;
  };
}

export interface RunApprovalRecorded {
  type: 'relief.run.approval-recorded';
  data: { runId: string; approverId: string; approvedOn: string };
}

export interface RunApproved {
  type: 'relief.run.approved';
  data: { runId: string; approverIds: string[]; approvedOn: string };
}

export interface BankFileExported {
  type: 'relief.run.bank-file-exported';
  data: { runId: string; format: string; count: number; amount: string; sha256: string; exportedOn: string };
}

export interface ResultFileImported {
  type: 'relief.run.result-file-imported';
  data: {
    runId: string;
    format: string;
    sha256: string;
    lines: number;
    paid: number;
    failed: number;
    returned: number;
    unknownReference: number;
    amountMismatch: number;
    duplicateLine: number;
    importedOn: string;
  };
}

export interface RunClosed {
  type: 'relief.run.closed';
  data: { runId: string; reason: string; closedOn: string };
}

export type PaymentRunEvent =
  RunCreated | DryRunRecorded | RunApprovalRecorded | RunApproved | BankFileExported | ResultFileImported | RunClosed;
export const PAYMENT_RUN_EVENT_TYPES: readonly PaymentRunEvent['type'][] = [
  'relief.run.created',
  'relief.run.dry-run-recorded',
  'relief.run.approval-recorded',
  'relief.run.approved',
  'relief.run.bank-file-exported',
  'relief.run.result-file-imported',
  'relief.run.closed',
];
