import { Money } from '@kongthun/kernel';

/** At most 20% of the fund on administration unless the rules say otherwise. */
export const DEFAULT_ADMIN_COST_CAP_PERCENT = 20;

/**
 * The most that may have gone on administration (ค่าบริหารจัดการ): `percent` of all money the fund
 * has received since it was founded, from every source, rounded down to the satang.
 */
export const adminCostCap = (totalReceived: Money, percent: number): Money =>
  Money.ofSatang((totalReceived.satang * BigInt(percent)) / 100n);

/** Spending that brings the total exactly to the cap is allowed; one satang more is not. */
export const withinAdminCostCap = (spentSoFar: Money, amount: Money, totalReceived: Money, percent: number): boolean =>
  !spentSoFar.plus(amount).isGreaterThan(adminCostCap(totalReceived, percent));
