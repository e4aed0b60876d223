import { Money } from '@kongthun/kernel';
import { isPaid } from './household-timeline.view';
import { DashboardDocument, HouseholdFacts } from './relief-read-models';

/** What one event changes in a declaration's counts, summed over the households it names. */
export interface DashboardDelta {
  registered: number;
  assessed: number;
  paid: number;
  byItem: Map<string, { households: number; entitled: Money; paid: Money }>;
}

export const emptyDashboardDelta = (): DashboardDelta => ({ registered: 0, assessed: 0, paid: 0, byItem: new Map() });

const itemRow = (delta: DashboardDelta, item: string) => {
  let row = delta.byItem.get(item);
  if (row === undefined) delta.byItem.set(item, (row = { households: 0, entitled: Money.zero, paid: Money.zero }));
  return row;
};

/**
 * Adds one household's change to the delta: registered when it had no facts, assessed when its
 * assessment arrives (each item entitled), paid or unpaid when its current attempt becomes or stops
 * being paid (each item's amount counted as paid with it).
 */
export const addHouseholdChange = (delta: DashboardDelta, before: HouseholdFacts | null, after: HouseholdFacts): void => {
  if (before === null) delta.registered += 1;
  if (!(before?.assessed ?? false) && after.assessed) {
    delta.assessed += 1;
    for (const { item, amount } of after.entitlements) {
      const row = itemRow(delta, item);
      row.households += 1;
      row.entitled = row.entitled.plus(Money.fromJSON(amount));
    }
  }
  const sign = Number(isPaid(after)) - Number(isPaid(before));
  if (sign === 0) return;
  delta.paid += sign;
  for (const { item, amount } of after.entitlements) {
    const row = itemRow(delta, item);
    row.paid = sign > 0 ? row.paid.plus(Money.fromJSON(amount)) : row.paid.minus(Money.fromJSON(amount));
  }
};

export const isEmptyDashboardDelta = (delta: DashboardDelta): boolean =>
  delta.registered === 0 && delta.assessed === 0 && delta.paid === 0 && delta.byItem.size === 0;

/** The dashboard's evolve: one small document per declaration, items in the order first seen. */
export const nextDashboard = (stored: DashboardDocument | undefined, declarationId: string, delta: DashboardDelta): DashboardDocument => {
  const current = stored ?? { declarationId, registered: 0, assessed: 0, paid: 0, byItem: [] };
  const byItem = current.byItem.map((row) => {
    const change = delta.byItem.get(row.item);
    if (change === undefined) return row;
    return {
      item: row.item,
      households: row.households + change.households,
      entitled: Money.fromJSON(row.entitled).plus(change.entitled).toDecimalString(),
      paid: Money.fromJSON(row.paid).plus(change.paid).toDecimalString(),
    };
  });
  for (const [item, change] of delta.byItem)
    if (!current.byItem.some((row) => row.item === item))
      byItem.push({
        item,
        households: change.households,
        entitled: change.entitled.toDecimalString(),
        paid: change.paid.toDecimalString(),
      });
  return {
    declarationId,
    registered: current.registered + delta.registered,
    assessed: current.assessed + delta.assessed,
    paid: current.paid + delta.paid,
    byItem,
  };
};
