import { PayeeMethod } from '../households/household.events';
import { CommandMetadata } from '../metadata';
import { ApprovalTier } from './approval-tiers';

export interface CreateRun {
  type: 'CreateRun';
  data: {
    runId: string;
    declarationId: string;
    programmeId: string;
    sourceName: string;
    method: PayeeMethod;
    controlTotals: { count: number; amount: string };
    tiers: ApprovalTier[];
  };
  metadata: CommandMetadata;
}

/** The dry run's figures, computed by the handler over the declaration's buckets with `paymentEligibility`. */
export interface RecordDryRun {
  type: 'RecordDryRun';
  data: { applicableCount: number; applicableAmount: string; notApplicable: { reason: string; count: number; amount: string }[] };
  metadata: CommandMetadata;
}

export interface ApproveRun {
  type: 'ApproveRun';
  data: Record<string, never>;
  metadata: CommandMetadata;
}

export interface RecordExport {
  type: 'RecordExport';
  data: { format: string; count: number; amount: string; sha256: string };
  metadata: CommandMetadata;
}

export interface RecordResultImport {
  type: 'RecordResultImport';
  data: {
    format: string;
    sha256: string;
    lines: number;
    paid: number;
    failed: number;
    returned: number;
    unknownReference: number;
    amountMismatch: number;
    duplicateLine: number;
  };
  metadata: CommandMetadata;
}

export interface CloseRun {
  type: 'CloseRun';
  data: { reason: string };
  metadata: CommandMetadata;
}

export type PaymentRunCommand = CreateRun | RecordDryRun | ApproveRun | RecordExport | RecordResultImport | CloseRun;
