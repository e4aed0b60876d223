import { Money } from '@kongthun/kernel';
import { adminCostCap } from '@kongthun/welfare-domain';
import { distinctRefs, FindingDraft } from '../finding';
import { FundView } from '../view/audit-view';
import { rulesVersionOn } from '../view/view-queries';
import { baht } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/** An override covers a spending when it was granted before, not used before, and allows at least the amount. */
const coveredByOverride = (before: FundView | undefined, overrideId: string | null, amount: Money): boolean => {
  const override = overrideId === null ? undefined : before?.overrides.get(overrideId);
  return override !== undefined && !override.used && !amount.isGreaterThan(override.amount);
};

/**
 * Administration spending (ค่าบริหารจัดการ) that takes the total past the cap: the percent of all
 * money received that the rules in force on the day of spending allow (20% unless the fund says
 * otherwise), with no committee override (มติอนุมัติเกินเพดาน) granted before that covers it.
 * Spending that brings the total exactly to the cap is allowed.
 */
const check = ({ before, after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.admin-spending.recorded') return [];
  const fund = after.funds.get(event.data.fundId);
  const inForce = fund === undefined ? undefined : rulesVersionOn(fund, event.data.spentOn);
  if (fund === undefined || inForce === undefined) return [];
  const { overrideId } = event.data;
  const amount = Money.fromJSON(event.data.amount);
  const previous = before.funds.get(fund.fundId);
  if (coveredByOverride(previous, overrideId, amount)) return [];
  const percent = inForce.rules.adminCostCapPercent;
  const cap = adminCostCap(fund.received, percent);
  if (!fund.adminSpent.isGreaterThan(cap)) return [];
  const named = overrideId === null ? undefined : previous?.overrides.get(overrideId);
  return [{
    rule: 'red-flag.admin-spending-over-cap',
    severity: 'medium',
    summaryTh: `ค่าบริหารจัดการรวม ${baht(fund.adminSpent)} เกินเพดานร้อยละ ${percent} ของเงินกองทุน (${baht(cap)})`
      + (overrideId === null ? ' โดยไม่มีมติคณะกรรมการอนุมัติเกินเพดาน' : ` มติ ${overrideId} ไม่ครอบคลุมรายการนี้`),
    summary: `Administration spending totals ${fund.adminSpent.format()} baht, above the ${percent}% cap of ${cap.format()} baht`
      + (overrideId === null ? ', with no committee override' : `; override ${overrideId} does not cover it`),
    evidence: distinctRefs([inForce.source, named?.source, audited.ref]),
    details: {
      spendingId: event.data.spendingId, amount: amount.toJSON(), adminSpent: fund.adminSpent.toJSON(), received: fund.received.toJSON(),
      cap: cap.toJSON(), capPercent: percent, overrideId, rulesVersion: inForce.rules.version,
    },
  }];
};

export const adminSpendingOverCap: RedFlagRule = { id: 'red-flag.admin-spending-over-cap', check };
