import { Money } from '@kongthun/kernel';
import { refuse } from '../refusals';
import { FloodBandTable, floodBandFor, ItemRateTable } from './rate-table';

/** A damage item as the district committee assessed it. */
export interface DamageItem {
  item: string;
  /** Units of the rate's `per`: persons for clothing, deceased for funeral; 1 for a household or family item. */
  quantity: number;
  /** The assessed cost (null: pay the rate's cap, as for clothing per person). */
  assessedCost: string | null;
}

/** One amount the household is owed, with the rule that set it (สิทธิที่ได้รับ). */
export interface Entitlement {
  entitlementId: string;
  /** Damage item id, or `flood-duration` for a Cabinet band. */
  item: string;
  quantity: number;
  amount: string;
  /** Rate table version and, for a band, the band id. */
  tableId: string;
  band: string | null;
  /** True where a per-item or per-household cap lowered the amount. */
  capped: boolean;
}

/**
 * Entitlements from the rate table in force on the disaster date: each item at most its cap per
 * unit times the units; the total at most the household cap (later items cut first); and, where
 * a Cabinet band table is in force and the home was flooded, the band's flat amount.
 */
export const computeEntitlements = (
  assessmentId: string,
  items: readonly DamageItem[],
  floodDays: number | null,
  itemTable: ItemRateTable,
  bandTable: FloodBandTable | undefined,
): Entitlement[] => {
  const seen = new Set<string>();
  const entitlements: Entitlement[] = items.map((damage) => {
    const rate = itemTable.items.find((candidate) => candidate.item === damage.item);
    if (rate === undefined)
      throw refuse('relief.item-not-in-rate-table', `${damage.item} is not in ${itemTable.tableId}`, 'รายการนี้ไม่อยู่ในหลักเกณฑ์ที่ใช้บังคับ', {
        item: damage.item,
        tableId: itemTable.tableId,
      });
    if (seen.has(damage.item))
      throw refuse('relief.item-duplicate', `${damage.item} is listed twice`, 'ระบุรายการซ้ำ', { item: damage.item });
    seen.add(damage.item);
    if (
      !Number.isInteger(damage.quantity) ||
      damage.quantity < 1 ||
      ((rate.per === 'household' || rate.per === 'family') && damage.quantity !== 1)
    )
      throw refuse(
        'relief.quantity-invalid',
        `${damage.item} is counted per ${rate.per}: quantity ${damage.quantity} is not allowed`,
        'จำนวนหน่วยไม่ถูกต้อง',
        { item: damage.item },
      );
    const cap = Money.fromJSON(rate.capPerUnit).times(damage.quantity);
    const cost = damage.assessedCost === null ? cap : Money.fromJSON(damage.assessedCost);
    if (!cost.isGreaterThan(Money.zero))
      throw refuse('relief.amount-not-positive', 'An assessed cost must be positive', 'จำนวนเงินต้องมากกว่าศูนย์');
    const capped = cost.isGreaterThan(cap);
    return {
      entitlementId: `${assessmentId}:${damage.item}`,
      item: damage.item,
      quantity: damage.quantity,
      amount: (capped ? cap : cost).toDecimalString(),
      tableId: itemTable.tableId,
      band: null,
      capped,
    };
  });
  if (itemTable.householdCap !== null) {
    let left = Money.fromJSON(itemTable.householdCap);
    for (const entitlement of entitlements) {
      const amount = Money.fromJSON(entitlement.amount);
      if (amount.isGreaterThan(left)) Object.assign(entitlement, { amount: left.toDecimalString(), capped: true });
      left = left.minus(Money.fromJSON(entitlement.amount));
    }
  }
  const paid = entitlements.filter((entitlement) => !Money.fromJSON(entitlement.amount).isZero());
  if (floodDays !== null && bandTable !== undefined) {
    const band = floodBandFor(bandTable, floodDays);
    if (band !== undefined)
      paid.push({
        entitlementId: `${assessmentId}:flood-duration`,
        item: 'flood-duration',
        quantity: 1,
        amount: band.amount,
        tableId: bandTable.tableId,
        band: band.band,
        capped: false,
      });
  }
  return paid;
};
