import { DomainError } from '@kongthun/kernel';
import { Evidence } from './evidence';
import { emptyTable, ShardedTable } from './sharded-table';
import type { GrantTrails } from './grant-trails';
import type { RegistrationTrails } from './registration-trails';

/**
 * What the red-flag rules remember of the money history (plain JSON, so the audit service can
 * persist it with its checkpoint and resume). Amounts are baht decimal strings (`"1234.50"`);
 * keys are built by {@link keyOf} from programme, unit and the programme's own id.
 */

/** One rule version of a programme unit, as `money.unit.declared` published it. */
export interface UnitDeclaration {
  ruleVersion: number;
  effectiveFrom: string;
  areaCodes: string[];
  activeFrom: string;
  activeUntil: string | null;
  adminCostCapPercent: number | null;
  approvalLimit: string | null;
  terms: Record<string, unknown>;
  evidence: Evidence;
}

export interface UnitRecord {
  /** Ascending by rule version; a redeclared version replaces its namesake. */
  declarations: UnitDeclaration[];
  /** Money received, net of reversals and refunds. */
  received: string;
  /** Administration spending without an exception, net of reversals. */
  adminSpent: string;
}

export interface CommitmentRecord {
  amount: string;
  /** Undone by reversals. */
  reversed: string;
  /** Paid against it, net of reversals of those payments. */
  paid: string;
  recipientReference: string;
  purpose: string;
  eventDate: string | null;
  evidence: Evidence;
}

export interface DisbursementRecord {
  amount: string;
  reversed: string;
  kind: string;
  commitmentKey: string | null;
  citizenIdHash: string | null;
  withoutException: boolean;
  evidence: Evidence;
}

/** A payment to a person, for the duplicate rule: the need it covers. */
export interface PaidNeed {
  disbursementKey: string;
  commitmentKey: string | null;
  programme: string;
  unitId: string;
  purpose: string;
  eventDate: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  amount: string;
  evidence: Evidence;
}

export interface SplitPart {
  day: string;
  amount: string;
  evidence: Evidence;
}

export interface RelationRecord {
  approverId: string;
  approverCitizenIdHash: string | null;
  relationship: string;
  evidence: Evidence;
}

/** Who approved what for one recipient of a unit, so a relation declared later still finds it. */
export interface ApprovalRecord {
  approverIds: string[];
  approverHashes: string[];
  evidence: Evidence;
}

export interface AccountRecord {
  people: { citizenIdHash: string; evidence: Evidence }[];
  flagged: boolean;
}

export interface CapClaim {
  commitmentKey: string;
  eventDate: string;
  amount: string;
  evidence: Evidence;
}

export interface RedFlagState {
  version: 1;
  /** Per source stream: the last revision seen and the messages seen at it (redelivery changes nothing). */
  streams: ShardedTable<{ revision: string; ids: string[] }>;
  /** Findings already raised, so none is raised twice. */
  raised: ShardedTable<true>;
  units: ShardedTable<UnitRecord>;
  commitments: ShardedTable<CommitmentRecord>;
  disbursements: ShardedTable<DisbursementRecord>;
  /** Per citizen-ID hash: payments in effect, across every programme. */
  needsPaid: ShardedTable<PaidNeed[]>;
  /** Per account hash: the first distinct people paid into it, up to the threshold, and whether flagged. */
  accounts: ShardedTable<AccountRecord>;
  /** Per unit, kind and recipient: recent parts just under the approval limit, within the window only. */
  splitParts: ShardedTable<SplitPart[]>;
  /** Per unit and recipient reference. */
  relations: ShardedTable<RelationRecord[]>;
  approvals: ShardedTable<ApprovalRecord[]>;
  /** Per welfare unit, member and benefit: commitments counted against the yearly cap. */
  capClaims: ShardedTable<CapClaim[]>;
  /** Receipts, tranches and awards for the grant-shaped rules (`grant-trails.ts`). */
  grants?: GrantTrails;
  /** Registrations per village and per certifier for the registration rules (`registration-trails.ts`). */
  registrations?: RegistrationTrails;
}

export const initialRedFlagState = (): RedFlagState => ({
  version: 1,
  streams: emptyTable(),
  raised: emptyTable(),
  units: emptyTable(),
  commitments: emptyTable(),
  disbursements: emptyTable(),
  needsPaid: emptyTable(),
  accounts: emptyTable(),
  splitParts: emptyTable(),
  relations: emptyTable(),
  approvals: emptyTable(),
  capClaims: emptyTable(),
});

/** A table key from its parts, unambiguous whatever the ids contain (a `/` in a unit id included). */
export const keyOf = (...parts: readonly string[]): string => JSON.stringify(parts);

/** The state as JSON text, for a checkpoint. */
export const serializeRedFlagState = (state: RedFlagState): string => JSON.stringify(state);

/** The state from a checkpoint; refuses a checkpoint of another version rather than misread it. */
export const parseRedFlagState = (text: string): RedFlagState => {
  const value = JSON.parse(text) as Partial<RedFlagState> | null;
  if (value === null || typeof value !== 'object' || value.version !== 1)
    throw new DomainError('red-flags.state-invalid', 'The red-flag checkpoint is not a version 1 state', {
      messageTh: 'จุดบันทึกสถานะธงแดงไม่ใช่รุ่นที่ 1',
    });
  return { ...initialRedFlagState(), ...value } as RedFlagState;
};
