import { ReverseAdminSpending } from './fund.commands';
import { AdminSpendingReversed } from './fund.events';
import { FundState } from './fund.state';
import { requireRegistered } from './refusals';
import { alreadyReversed, notRecorded, reversalFacts } from './reversal-facts';

/** Undoes administration spending recorded by mistake: the money is back in the balance and under the cap. */
export const reverseAdminSpending = (command: ReverseAdminSpending, state: FundState): AdminSpendingReversed[] => {
  const fund = requireRegistered(state);
  const { reversalId, spendingId } = command.data;
  const { reason, reversedOn } = reversalFacts(fund, command.data, command.metadata, 'admin-spending');
  const entry = fund.spendings.get(spendingId);
  if (entry === undefined) throw notRecorded('admin-spending', spendingId);
  if (entry.reversed) throw alreadyReversed('admin-spending', spendingId);
  return [
    {
      type: 'welfare.admin-spending.reversed',
      data: {
        fundId: fund.fundId,
        reversalId,
        spendingId,
        amount: entry.amount.toJSON(),
        overrideId: entry.overrideId,
        reason,
        reversedOn,
      },
    },
  ];
};
