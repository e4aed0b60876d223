import { approvalsRequiredFor, quorumReached } from '../policies/approval-quorum';
import { approvalConflict } from '../policies/conflict-of-interest';
import { rulesInForceOn } from './fund-rules';
import { ApproveClaim } from './fund.commands';
import { ClaimApprovalRecorded, ClaimApproved } from './fund.events';
import { approversOf } from './approvers';
import { FundState, relationKey } from './fund.state';
import { refuse, requireClaim, requireCommitteeMember, requireMember, requireRegistered, todayOf } from './refusals';

const CONFLICT_TH = {
  claimant: 'กรรมการไม่สามารถอนุมัติคำขอของตนเองได้',
  beneficiary: 'กรรมการที่เป็นผู้รับผลประโยชน์ไม่สามารถอนุมัติคำขอนี้ได้',
  related: 'กรรมการที่เป็นญาติหรือมีส่วนได้เสียกับผู้ขอไม่สามารถอนุมัติได้',
} as const;

/**
 * One committee member's approval (การอนุมัติของกรรมการ), under their own login. When enough distinct
 * members have approved (the quorum of the rules in force today: the procedure is today's, while
 * the entitlement was fixed by the rules on the event date), the claim is approved as well.
 */
export const approveClaim = (command: ApproveClaim, state: FundState): (ClaimApprovalRecorded | ClaimApproved)[] => {
  const fund = requireRegistered(state);
  const claim = requireClaim(fund, command.data.claimId);
  const approverId = command.metadata.actor.userId;
  if (claim.status !== 'submitted') {
    throw refuse('claim.not-awaiting-approval', `Claim ${claim.claimId} is ${claim.status}`, 'คำขอนี้ไม่อยู่ระหว่างรอการอนุมัติ', {
      status: claim.status,
    });
  }
  const approver = requireCommitteeMember(fund, approverId, 'claim.approver-not-committee');
  if (claim.approverIds.includes(approverId)) {
    throw refuse('claim.already-approved-by-approver', `${approverId} has already approved this claim`, 'กรรมการท่านนี้อนุมัติคำขอนี้แล้ว', {
      approverId,
    });
  }
  const member = requireMember(fund, claim.memberId);
  const conflict = approvalConflict({
    approver,
    claim,
    member: {
      citizenIdHash: member.citizenIdHash,
      beneficiaryCitizenIdHash: claim.benefit === 'death' ? member.beneficiary.citizenIdHash : null,
    },
    approverIsRelated: fund.relations.has(relationKey(approverId, member.memberId)),
  });
  if (conflict === 'maker') {
    throw refuse(
      'claim.maker-cannot-approve',
      'The person who entered a claim cannot approve it',
      'ผู้บันทึกคำขอไม่สามารถเป็นผู้อนุมัติคำขอเดียวกันได้',
      { approverId },
    );
  }
  if (conflict !== null) {
    throw refuse('claim.conflict-of-interest', `Approver ${approverId} has a conflict of interest (${conflict})`, CONFLICT_TH[conflict], {
      approverId,
      reason: conflict,
    });
  }
  const now = command.metadata.now;
  const recorded: ClaimApprovalRecorded = {
    type: 'welfare.claim.approval-recorded',
    data: { fundId: fund.fundId, claimId: claim.claimId, approverId, approvedAt: now },
  };
  const rules = rulesInForceOn(fund.rules, todayOf(command.metadata));
  const required = approvalsRequiredFor(claim.amount, rules.approval);
  const approverIds = [...claim.approverIds, approverId];
  if (!quorumReached(approverIds, required)) return [recorded];
  return [
    recorded,
    {
      type: 'welfare.claim.approved',
      data: {
        fundId: fund.fundId,
        claimId: claim.claimId,
        amount: claim.amount.toJSON(),
        approverIds,
        approvalsRequired: required,
        rulesVersion: rules.version,
        memberId: member.memberId,
        recipientCitizenIdHash: member.citizenIdHash,
        memberSince: member.enrolledOn,
        benefit: claim.benefit,
        eventDate: claim.eventDate,
        amountWords: claim.amountWords,
        approvers: approversOf(fund, approverIds),
      },
    },
  ];
};
