import { approvalConflict, ApprovalParties } from './conflict-of-interest';

const parties = (change: Partial<ApprovalParties> = {}): ApprovalParties => ({
  approver: { userId: 'u-wanida', citizenIdHash: 'hmac-wanida' },
  claim: { submittedBy: 'u-malee' },
  member: { citizenIdHash: 'hmac-member', beneficiaryCitizenIdHash: null },
  approverIsRelated: false,
  ...change,
});

describe('conflict of interest in approving a claim', () => {
  it('an unrelated committee member who did not enter the claim may approve', () => {
    expect(approvalConflict(parties())).toBeNull();
  });

  it('the person who entered the claim may not also approve it', () => {
    expect(approvalConflict(parties({ claim: { submittedBy: 'u-wanida' } }))).toBe('maker');
  });

  it('the claimant may not approve their own claim', () => {
    expect(approvalConflict(parties({ member: { citizenIdHash: 'hmac-wanida', beneficiaryCitizenIdHash: null } }))).toBe('claimant');
  });

  it('the death beneficiary may not approve the death claim', () => {
    expect(approvalConflict(parties({ member: { citizenIdHash: 'hmac-member', beneficiaryCitizenIdHash: 'hmac-wanida' } }))).toBe(
      'beneficiary',
    );
  });

  it('a committee member recorded as related may not approve', () => {
    expect(approvalConflict(parties({ approverIsRelated: true }))).toBe('related');
  });
});
