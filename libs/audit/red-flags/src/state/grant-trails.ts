import { MoneyMessage } from '@kongthun/money-contract';
import { Evidence, evidenceOf } from './evidence';
import { keyOf } from './red-flag-state';
import { emptyTable, ShardedTable, tableGet, tableSet } from './sharded-table';
import { declarationOn, unitOf } from './unit-declarations';
import type { RedFlagState } from './red-flag-state';

/** The first claim of a receipt (keyed hash of the document): which unit and report, with evidence. */
export interface ReceiptClaim {
  programme: string;
  unitId: string;
  expenditureId: string;
  receiptRef: string;
  evidence: Evidence;
}

/** Per commitment: tranches paid, and whether an expenditure report was accepted since the last. */
export interface TrancheTrail {
  disbursed: number;
  acceptedSinceLast: boolean;
}

/** An award (commitment of kind `award`) to one recipient, with the approval limit of its unit that day. */
export interface AwardPart {
  day: string;
  amount: string;
  unitId: string;
  limit: string | null;
  evidence: Evidence;
}

/**
 * What the grant-shaped rules remember, read from the money contract only: receipts by keyed
 * hash, tranches per commitment, awards per programme and recipient. Kept apart from the rest
 * of the state; a checkpoint written before it existed reads as empty.
 */
export interface GrantTrails {
  receipts: ShardedTable<ReceiptClaim>;
  tranches: ShardedTable<TrancheTrail>;
  awards: ShardedTable<AwardPart[]>;
}

export const emptyGrantTrails = (): GrantTrails => ({ receipts: emptyTable(), tranches: emptyTable(), awards: emptyTable() });

export const grantTrailsOf = (state: RedFlagState): GrantTrails => state.grants ?? emptyGrantTrails();

export const trancheKeyOf = (programme: string, unitId: string, commitmentId: string) => keyOf(programme, unitId, commitmentId);
export const awardKeyOf = (programme: string, recipientReference: string) => keyOf(programme, 'award', recipientReference);

/** The trails after one message (the rules have already read the trails before it). */
export const applyGrantTrails = (state: RedFlagState, message: MoneyMessage): RedFlagState => {
  const trails = grantTrailsOf(state);
  switch (message.type) {
    case 'money.expenditure.reported': {
      const { data } = message;
      if (data.status === 'accepted') {
        const key = trancheKeyOf(message.programme, message.unitId, data.commitmentId);
        const trail = tableGet(trails.tranches, key) ?? { disbursed: 0, acceptedSinceLast: false };
        return { ...state, grants: { ...trails, tranches: tableSet(trails.tranches, key, { ...trail, acceptedSinceLast: true }) } };
      }
      if (data.status !== 'submitted') return state;
      let receipts = trails.receipts;
      for (const line of data.lines)
        if (tableGet(receipts, line.receiptHash) === undefined)
          receipts = tableSet(receipts, line.receiptHash, {
            programme: message.programme,
            unitId: message.unitId,
            expenditureId: data.expenditureId,
            receiptRef: line.receiptRef,
            evidence: evidenceOf(message),
          });
      return { ...state, grants: { ...trails, receipts } };
    }
    case 'money.disbursement.made': {
      if (message.data.kind !== 'grant-tranche' || message.data.commitmentId === null) return state;
      const key = trancheKeyOf(message.programme, message.unitId, message.data.commitmentId);
      const trail = tableGet(trails.tranches, key) ?? { disbursed: 0, acceptedSinceLast: false };
      return {
        ...state,
        grants: { ...trails, tranches: tableSet(trails.tranches, key, { disbursed: trail.disbursed + 1, acceptedSinceLast: false }) },
      };
    }
    case 'money.commitment.made': {
      const part = awardPartOf(state, message);
      if (part === null) return state;
      const key = awardKeyOf(message.programme, message.data.recipient.reference);
      return { ...state, grants: { ...trails, awards: tableSet(trails.awards, key, [...(tableGet(trails.awards, key) ?? []), part]) } };
    }
    default:
      return state;
  }
};

/** An award as a part to count: its day, amount and its unit's approval limit that day. */
export const awardPartOf = (state: RedFlagState, message: MoneyMessage): AwardPart | null => {
  if (message.type !== 'money.commitment.made' || message.data.kind !== 'award') return null;
  const limit = declarationOn(unitOf(state, message.programme, message.unitId), message.data.decidedOn)?.approvalLimit ?? null;
  return { day: message.data.decidedOn, amount: message.data.amount, unitId: message.unitId, limit, evidence: evidenceOf(message) };
};
