import { RejectClaim } from './fund.commands';
import { ClaimRejected } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requireClaim, requireCommitteeMember, requireRegistered, requireText } from './refusals';

/** A committee member turns a claim down, with a reason the member will be shown (ไม่อนุมัติ). */
export const rejectClaim = (command: RejectClaim, state: FundState): ClaimRejected[] => {
  const fund = requireRegistered(state);
  const claim = requireClaim(fund, command.data.claimId);
  const rejectedBy = command.metadata.actor.userId;
  requireCommitteeMember(fund, rejectedBy);
  if (claim.status !== 'submitted') {
    throw refuse('claim.not-awaiting-approval', `Claim ${claim.claimId} is ${claim.status}`, 'คำขอนี้ไม่อยู่ระหว่างรอการอนุมัติ', {
      status: claim.status,
    });
  }
  return [
    {
      type: 'welfare.claim.rejected',
      data: {
        fundId: fund.fundId,
        claimId: claim.claimId,
        rejectedBy,
        reason: requireText(command.data.reason, 'claim.reason-required', 'A reason', 'เหตุผล'),
      },
    },
  ];
};
