import { PayeeMethod } from '../households/household.events';
import { PaymentRunEvent } from './payment-run.events';

export type RunStatus = 'Created' | 'Approved' | 'Exported' | 'Closed';

/** Run-level facts only: totals, approvals, status. Payments live in the household buckets. */
export interface PaymentRun {
  status: RunStatus;
  runId: string;
  declarationId: string;
  programmeId: string;
  method: PayeeMethod;
  controlCount: number;
  controlAmount: string;
  approvalsRequired: number;
  createdBy: string;
  /** The last dry run's verdict on the control totals (null: none yet). */
  dryRunMatches: boolean | null;
  approverIds: string[];
  exported: { count: number; amount: string; sha256: string } | null;
  importedFiles: string[];
}
export type PaymentRunState = { status: 'None' } | PaymentRun;

export const initialPaymentRunState = (): PaymentRunState => ({ status: 'None' });

export const evolvePaymentRun = (state: PaymentRunState, event: PaymentRunEvent): PaymentRunState => {
  if (event.type === 'relief.run.created') {
    const d = event.data;
    return {
      status: 'Created',
      runId: d.runId,
      declarationId: d.declarationId,
      programmeId: d.programmeId,
      method: d.method,
      controlCount: d.controlCount,
      controlAmount: d.controlAmount,
      approvalsRequired: d.approvalsRequired,
      createdBy: d.createdBy,
      dryRunMatches: null,
      approverIds: [],
      exported: null,
      importedFiles: [],
    };
  }
  if (state.status === 'None') return state;
  switch (event.type) {
    case 'relief.run.dry-run-recorded':
      return { ...state, dryRunMatches: event.data.matchesControlTotals };
    case 'relief.run.approval-recorded':
      return { ...state, approverIds: [...state.approverIds, event.data.approverId] };
    case 'relief.run.approved':
      return { ...state, status: 'Approved' };
    case 'relief.run.bank-file-exported':
      return { ...state, status: 'Exported', exported: { count: event.data.count, amount: event.data.amount, sha256: event.data.sha256 } };
    case 'relief.run.result-file-imported':
      return { ...state, importedFiles: [...state.importedFiles, event.data.sha256] };
    case 'relief.run.closed':
      return { ...state, status: 'Closed' };
  }
};
