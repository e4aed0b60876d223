import { Money } from '@kongthun/kernel';
import { distinctRefs, FindingDraft } from '../finding';
import { PayoutView } from '../view/audit-view';
import { baht } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * More paid on a claim than was approved (จ่ายเกินวงเงินที่อนุมัติ): one payout above the approved
 * amount, a second payout of the same claim while the first stands, or a payout of a claim that
 * was never approved (approved amount: nothing). Reversed payouts no longer count. Paying exactly
 * the approved amount is the normal case.
 */
const check = ({ after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.payout.made') return [];
  const fund = after.funds.get(event.data.fundId);
  if (fund === undefined) return [];
  const claim = fund.claims.get(event.data.claimId);
  const live = (claim?.payoutIds ?? [event.data.payoutId])
    .map((payoutId) => fund.payouts.get(payoutId))
    .filter((payout): payout is PayoutView => payout !== undefined && !payout.reversed);
  const paid = Money.sum(live.map((payout) => payout.amount));
  const approved = claim?.approved ?? null;
  if (approved !== null && !paid.isGreaterThan(approved.amount)) return [];
  const claimId = event.data.claimId;
  const approvedAmount = approved === null ? Money.zero : approved.amount;
  return [{
    rule: 'red-flag.payout-above-approved',
    severity: 'high',
    summaryTh: approved === null
      ? `จ่ายเงิน ${baht(paid)} สำหรับคำขอ ${claimId} ที่ไม่มีการอนุมัติ`
      : `จ่ายเงินคำขอ ${claimId} รวม ${baht(paid)} เกินวงเงินที่อนุมัติ ${baht(approved.amount)}`,
    summary: approved === null
      ? `${paid.format()} baht paid on claim ${claimId}, which was never approved`
      : `${paid.format()} baht paid on claim ${claimId}, above the ${approved.amount.format()} baht approved`,
    evidence: distinctRefs([claim?.source, approved?.source, ...live.map((payout) => payout.source)]),
    details: {
      claimId, approved: approved === null ? null : approved.amount.toJSON(), paid: paid.toJSON(),
      excess: paid.minus(approvedAmount).toJSON(), payouts: live.length,
    },
  }];
};

export const payoutAboveApproved: RedFlagRule = { id: 'red-flag.payout-above-approved', check };
