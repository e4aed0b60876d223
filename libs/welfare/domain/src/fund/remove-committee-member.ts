import { RemoveCommitteeMember } from './fund.commands';
import { CommitteeMemberRemoved } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { requireCommitteeMember, requireRegistered, requireText } from './refusals';
import { requireChair } from './require-chair';

/** Ends a committee seat on the chair's order; approvals already given stay on record. */
export const removeCommitteeMember = (command: RemoveCommitteeMember, state: FundState): CommitteeMemberRemoved[] => {
  const fund = requireRegistered(state);
  requireChair(fund, command.metadata, 'remove a committee member', 'ถอดถอนกรรมการ');
  const { userId, removedOn, reason } = command.data;
  requireCommitteeMember(fund, userId);
  requireFundDate(removedOn, 'removedOn', fund, command.metadata);
  return [
    {
      type: 'welfare.committee.member-removed',
      data: { fundId: fund.fundId, userId, removedOn, reason: requireText(reason, 'committee.reason-required', 'A reason', 'เหตุผล') },
    },
  ];
};
