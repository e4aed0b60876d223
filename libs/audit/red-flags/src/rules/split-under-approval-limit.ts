import { Money } from '@kongthun/kernel';
import { dayNumber } from '@kongthun/welfare-domain';
import { FindingDraft } from '../finding';
import { RedFlagConfig } from '../red-flag-config';
import { AuditView, PayoutKey } from '../view/audit-view';
import { livePayouts, PaidPayout, rulesVersionNumbered, rulesVersionOn } from '../view/view-queries';
import { baht } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * The approval limit a payout was judged against (วงเงินอนุมัติ): above `largeClaimLimit` a claim
 * needs more committee approvals. The version that approved the claim where known, else the
 * version in force on the day of payment.
 */
const limitOf = ({ fund, claim, payout }: PaidPayout): Money | undefined => {
  const approved = claim?.approved ?? null;
  const version = approved === null ? rulesVersionOn(fund, payout.paidOn) : rulesVersionNumbered(fund, approved.rulesVersion);
  return version?.rules.approval.largeClaimLimit;
};

/** At most the limit, and no more than `marginPercent` of it below. */
export const justUnderLimit = (amount: Money, limit: Money, marginPercent: number): boolean => {
  const floor = Money.ofSatang((limit.satang * BigInt(100 - marginPercent)) / 100n);
  return !amount.isGreaterThan(limit) && !amount.isLessThan(floor);
};

const isJustUnder = (paid: PaidPayout, config: RedFlagConfig): boolean => {
  const limit = limitOf(paid);
  return limit !== undefined && justUnderLimit(paid.payout.amount, limit, config.splitPayouts.marginPercent);
};

const clusterAround = (view: AuditView, keys: readonly PayoutKey[] | undefined, paid: PaidPayout, config: RedFlagConfig): PaidPayout[] => {
  const day = dayNumber(paid.payout.paidOn);
  return livePayouts(view, keys).filter((other) =>
    Math.abs(dayNumber(other.payout.paidOn) - day) <= config.splitPayouts.windowDays && isJustUnder(other, config));
};

/**
 * Several payouts just under an approval limit within a window (แบ่งจ่ายเพื่อเลี่ยงวงเงินอนุมัติ), to
 * one person across funds or into one account: a large claim split so each part needs fewer
 * approvals. The window is measured both ways from the new payout, since streams of different
 * funds may arrive in any order.
 */
const check = ({ after, audited, config }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.payout.made') return [];
  const fund = after.funds.get(event.data.fundId);
  const paid = livePayouts(after, [{ fundId: event.data.fundId, payoutId: event.data.payoutId }])[0];
  if (fund === undefined || paid === undefined || !isJustUnder(paid, config)) return [];
  const groups: { by: 'person' | 'account'; keys: readonly PayoutKey[] | undefined }[] = [
    { by: 'person', keys: paid.member === undefined ? undefined : after.payoutsByPerson.get(paid.member.citizenIdHash) },
    { by: 'account', keys: paid.payout.accountHash === null ? undefined : after.payoutsByAccount.get(paid.payout.accountHash) },
  ];
  const { windowDays, marginPercent, minPayouts } = config.splitPayouts;
  return groups.flatMap(({ by, keys }) => {
    const cluster = clusterAround(after, keys, paid, config);
    if (cluster.length < minPayouts) return [];
    const total = Money.sum(cluster.map((other) => other.payout.amount));
    const whomTh = by === 'person' ? 'สมาชิกคนเดียวกัน' : 'บัญชีรับเงินเดียวกัน';
    return [{
      rule: 'red-flag.split-under-approval-limit' as const,
      severity: 'medium' as const,
      summaryTh: `${whomTh}ได้รับเงิน ${cluster.length} ครั้งภายใน ${windowDays} วัน แต่ละครั้งต่ำกว่าวงเงินอนุมัติเพียงเล็กน้อย รวม ${baht(total)} (อาจแบ่งจ่ายเพื่อเลี่ยงการอนุมัติ)`,
      summary: `${cluster.length} payouts to one ${by} within ${windowDays} days, each just under an approval limit, ${total.format()} baht in all (possible split to avoid approval)`,
      evidence: cluster.map((other) => other.payout.source),
      details: { by, payouts: cluster.length, total: total.toJSON(), windowDays, marginPercent, minPayouts },
    }];
  });
};

export const splitUnderApprovalLimit: RedFlagRule = { id: 'red-flag.split-under-approval-limit', check };
