/**
 * Why a committee member may not approve a claim (ผลประโยชน์ทับซ้อน), or null when they may.
 * - `maker`: they entered the claim (maker–checker);
 * - `claimant`: the claim is their own (same citizen-ID hash as the member);
 * - `beneficiary`: they are the member's death beneficiary;
 * - `related`: they were recorded as related to the member.
 */
export type ApprovalConflict = 'maker' | 'claimant' | 'beneficiary' | 'related' | null;

export interface ApprovalParties {
  approver: { userId: string; citizenIdHash: string };
  claim: { submittedBy: string };
  member: { citizenIdHash: string; beneficiaryCitizenIdHash: string | null };
  approverIsRelated: boolean;
}

export const approvalConflict = ({ approver, claim, member, approverIsRelated }: ApprovalParties): ApprovalConflict => {
  if (approver.userId === claim.submittedBy) return 'maker';
  if (approver.citizenIdHash === member.citizenIdHash) return 'claimant';
  if (member.beneficiaryCitizenIdHash !== null && approver.citizenIdHash === member.beneficiaryCitizenIdHash) return 'beneficiary';
  if (approverIsRelated) return 'related';
  return null;
};
