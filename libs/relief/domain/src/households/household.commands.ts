import { CommandMetadata } from '../metadata';
import { DamageItem } from '../rates/entitlements';
import { FloodBandTable, ItemRateTable } from '../rates/rate-table';
import { HouseholdRegistration, PayeeMethod } from './household.events';

/** The declaration's facts a household command needs, read by the handler from the declaration stream. */
export interface ZoneFacts {
  declarationId: string;
  areaCodes: string[];
  from: string;
  until: string;
  disasterDate: string;
  householdBuckets: number;
}

export interface RegisterHouseholds {
  type: 'RegisterHouseholds';
  data: { zone: ZoneFacts; bucket: number; households: HouseholdRegistration[] };
  metadata: CommandMetadata;
}

export interface AssessHouseholds {
  type: 'AssessHouseholds';
  data: {
    zone: ZoneFacts;
    bucket: number;
    /** The versions in force on the disaster date, chosen by the handler from the data files. */
    itemTable: ItemRateTable;
    bandTable: FloodBandTable | null;
    assessments: { householdId: string; assessmentId: string; floodDays: number | null; items: DamageItem[] }[];
  };
  metadata: CommandMetadata;
}

/** The run's facts a bucket needs to issue its payments. */
export interface RunFacts {
  runId: string;
  method: PayeeMethod;
  approverIds: string[];
}

export interface IssuePayments {
  type: 'IssuePayments';
  data: { zone: ZoneFacts; bucket: number; run: RunFacts };
  metadata: CommandMetadata;
}

/**
 * What a result line says happened. `credited-back` is a statement's word, not a status: the
 * money came back to the paying account (an MT940 credit or reversed debit), which is a failure
 * when the payment was never seen paid and a return when it was.
 */
export type BankOutcome = 'paid' | 'failed' | 'returned' | 'credited-back';

/** One line of a bank's result file, already read by a layout adapter. */
export interface BankResultLine {
  lineNo: number;
  reference: string;
  amount: string;
  outcome: BankOutcome;
  /** The bank's reason text or code for a failure or return. */
  reason: string;
  valueDate: string;
}

export interface RecordBankResults {
  type: 'RecordBankResults';
  data: { zone: ZoneFacts; bucket: number; runId: string; lines: BankResultLine[] };
  metadata: CommandMetadata;
}

export interface ReversePayment {
  type: 'ReversePayment';
  data: { zone: ZoneFacts; bucket: number; reference: string; reversalId: string; reason: string };
  metadata: CommandMetadata;
}

export type HouseholdBucketCommand = RegisterHouseholds | AssessHouseholds | IssuePayments | RecordBankResults | ReversePayment;
