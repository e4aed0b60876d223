import { addMonths, monthOf } from '@kongthun/kernel';
import { wouldOverdraw } from '../policies/overdraft';
import { ReverseContribution } from './fund.commands';
import { ContributionReversed } from './fund.events';
import { balanceOf, FundState } from './fund.state';
import { refuse, requireMember, requireRegistered } from './refusals';
import { alreadyReversed, notRecorded, reversalFacts } from './reversal-facts';

/**
 * Undoes a mistaken contribution. Months are paid in order, so only a member's latest standing
 * contribution can be undone (later ones first); the member is then paid through the month before
 * it. Taking back money the fund has already paid out would overdraw it, and is refused.
 */
export const reverseContribution = (command: ReverseContribution, state: FundState): ContributionReversed[] => {
  const fund = requireRegistered(state);
  const { reversalId, contributionId } = command.data;
  const { reason, reversedOn } = reversalFacts(fund, command.data, command.metadata, 'contribution');
  const entry = fund.contributions.get(contributionId);
  if (entry === undefined) throw notRecorded('contribution', contributionId);
  if (entry.reversed) throw alreadyReversed('contribution', contributionId);
  const member = requireMember(fund, entry.memberId);
  const standing = member.contributionIds.filter((id) => fund.contributions.get(id)?.reversed === false);
  if (standing[standing.length - 1] !== contributionId) {
    throw refuse(
      'contribution.not-latest',
      `Reverse the member's later contributions before ${contributionId}`,
      'ต้องกลับรายการเงินสัจจะงวดหลังก่อน',
      { contributionId, latest: standing[standing.length - 1] },
    );
  }
  if (wouldOverdraw(balanceOf(fund.ledger), entry.amount)) {
    throw refuse(
      'contribution.reversal-overdraws',
      'The fund no longer holds the money to take back',
      'ยอดเงินคงเหลือไม่พอสำหรับการกลับรายการ',
      { amount: entry.amount.toJSON(), balance: balanceOf(fund.ledger).toJSON() },
    );
  }
  const paidThrough = entry.periodFrom === monthOf(member.enrolledOn) ? null : addMonths(entry.periodFrom, -1);
  return [
    {
      type: 'welfare.contribution.reversed',
      data: {
        fundId: fund.fundId,
        reversalId,
        contributionId,
        memberId: entry.memberId,
        amount: entry.amount.toJSON(),
        receivedOn: entry.receivedOn,
        periodFrom: entry.periodFrom,
        periodTo: entry.periodTo,
        paidThrough,
        reason,
        reversedOn,
      },
    },
  ];
};
