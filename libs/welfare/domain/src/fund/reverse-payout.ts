import { ReversePayout } from './fund.commands';
import { PayoutReversed } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireCommitteeMember, requireRegistered, requireText } from './refusals';

/**
 * A payout is never edited or deleted: a mistake is undone by a reversal (กลับรายการ) naming the
 * payout it reverses. The money returns to the balance and the claim is approved again, so a
 * corrected payout can follow. Only a committee member may reverse.
 */
export const reversePayout = (command: ReversePayout, state: FundState): PayoutReversed[] => {
  const fund = requireRegistered(state);
  const { reversalId, payoutId, reason, reversedOn } = command.data;
  requireCommitteeMember(fund, command.metadata.actor.userId);
  const payout = fund.payouts.get(payoutId);
  if (payout === undefined) throw refuse('payout.not-found', `No payout ${payoutId}`, 'ไม่พบรายการจ่ายเงิน', { payoutId });
  if (payout.reversed)
    throw refuse('payout.already-reversed', `Payout ${payoutId} is already reversed`, 'รายการจ่ายนี้ถูกกลับรายการแล้ว', { payoutId });
  requireFundDate(reversedOn, 'reversedOn', fund, command.metadata);
  return [
    {
      type: 'welfare.payout.reversed',
      data: {
        fundId: fund.fundId,
        reversalId,
        payoutId,
        claimId: payout.claimId,
        amount: payout.amount.toJSON(),
        reason: requireText(reason, 'payout.reason-required', 'A reason', 'เหตุผลการกลับรายการ'),
        reversedOn,
      },
    },
  ];
};
