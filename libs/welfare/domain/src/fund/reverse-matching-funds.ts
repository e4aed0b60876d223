import { wouldOverdraw } from '../policies/overdraft';
import { ReverseMatchingFunds } from './fund.commands';
import { MatchingFundsReversed } from './fund.events';
import { balanceOf, FundState } from './fund.state';
import { refuse, requireRegistered } from './refusals';
import { alreadyReversed, notRecorded, reversalFacts } from './reversal-facts';

/** Undoes matching money recorded by mistake; refused if the fund has since spent what it would take back. */
export const reverseMatchingFunds = (command: ReverseMatchingFunds, state: FundState): MatchingFundsReversed[] => {
  const fund = requireRegistered(state);
  const { reversalId, matchingId } = command.data;
  const { reason, reversedOn } = reversalFacts(fund, command.data, command.metadata, 'matching-funds');
  const entry = fund.matchings.get(matchingId);
  if (entry === undefined) throw notRecorded('matching-funds', matchingId);
  if (entry.reversed) throw alreadyReversed('matching-funds', matchingId);
  if (wouldOverdraw(balanceOf(fund.ledger), entry.amount)) {
    throw refuse(
      'matching-funds.reversal-overdraws',
      'The fund no longer holds the money to take back',
      'ยอดเงินคงเหลือไม่พอสำหรับการกลับรายการ',
      { amount: entry.amount.toJSON(), balance: balanceOf(fund.ledger).toJSON() },
    );
  }
  return [
    {
      type: 'welfare.matching-funds.reversed',
      data: {
        fundId: fund.fundId,
        reversalId,
        matchingId,
        source: entry.source,
        fiscalYear: entry.fiscalYear,
        amount: entry.amount.toJSON(),
        reason,
        reversedOn,
      },
    },
  ];
};
