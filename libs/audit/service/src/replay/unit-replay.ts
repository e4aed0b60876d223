import { MoneyLogEntry, MoneyUnitRef } from '@kongthun/audit-store';
import { foldMoneyBooks, MoneyBooks } from './money-books';
import { MoneyReplayCut, moneyUpTo } from './money-replay-cut';

export interface UnitReplayView extends MoneyBooks {
  programme: string;
  unitId: string;
  cut: MoneyReplayCut;
  /** The last message inside the cut, or null when the cut falls before the unit's first. */
  upTo: { seq: number; recordedAt: string; occurredOn: string } | null;
}

/** A unit's books at a cut, recomputed from the messages of the money log alone. */
export const unitReplayView = (unit: MoneyUnitRef, entries: readonly MoneyLogEntry[], cut: MoneyReplayCut = {}): UnitReplayView => {
  const replayed = moneyUpTo(entries, cut);
  const last = replayed[replayed.length - 1];
  return {
    programme: unit.programme,
    unitId: unit.unitId,
    cut,
    upTo: last ? { seq: last.seq, recordedAt: last.message.recordedAt, occurredOn: last.message.occurredOn } : null,
    ...foldMoneyBooks(replayed.map((entry) => entry.message)),
  };
};
