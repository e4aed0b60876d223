import { MONEY_IN_SOURCES } from '@kongthun/money-contract';
import { EntryKind, MoneyInSource, UndoableKind } from './finance-record';

/**
 * The figures of one group of the books, in satang. Gross figures count each kind of movement;
 * net ones take away the reversals and refunds of that kind, which count in the period they were
 * recorded in and in the area and source of what they undo.
 */
export interface FinanceTotals {
  moneyIn: bigint;
  /** Net money in by source (member contributions, matching, budget allocation, …). */
  moneyInBySource: Record<MoneyInSource, bigint>;
  committed: bigint;
  disbursed: bigint;
  reversed: bigint;
  refunded: bigint;
  netMoneyIn: bigint;
  netCommitted: bigint;
  netDisbursed: bigint;
}

/** An entry with its area and source resolved (from itself, what it undoes, or its unit). */
export interface FinanceFact {
  kind: EntryKind;
  amountSatang: bigint;
  sourceKind: MoneyInSource | null;
  undoesKind: UndoableKind | null;
}

export const emptyTotals = (): FinanceTotals => ({
  moneyIn: 0n,
  moneyInBySource: Object.fromEntries(MONEY_IN_SOURCES.map((kind) => [kind, 0n])) as Record<MoneyInSource, bigint>,
  committed: 0n,
  disbursed: 0n,
  reversed: 0n,
  refunded: 0n,
  netMoneyIn: 0n,
  netCommitted: 0n,
  netDisbursed: 0n,
});

/** Adds one fact to running totals (a new object: the totals are values). */
export const addFact = (totals: FinanceTotals, fact: FinanceFact): FinanceTotals => {
  const next = { ...totals, moneyInBySource: { ...totals.moneyInBySource } };
  const amount = fact.amountSatang;
  switch (fact.kind) {
    case 'in':
      next.moneyIn += amount;
      next.netMoneyIn += amount;
      if (fact.sourceKind) next.moneyInBySource[fact.sourceKind] += amount;
      break;
    case 'commitment':
      next.committed += amount;
      next.netCommitted += amount;
      break;
    case 'disbursement':
      next.disbursed += amount;
      next.netDisbursed += amount;
      break;
    case 'reversal':
    case 'refund':
      if (fact.kind === 'reversal') next.reversed += amount;
      else next.refunded += amount;
      if (fact.undoesKind === 'in') {
        next.netMoneyIn -= amount;
        if (fact.sourceKind) next.moneyInBySource[fact.sourceKind] -= amount;
      }
      if (fact.undoesKind === 'commitment') next.netCommitted -= amount;
      if (fact.undoesKind === 'disbursement') next.netDisbursed -= amount;
      break;
  }
  return next;
};
