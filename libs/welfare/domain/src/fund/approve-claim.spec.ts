import { ApproveClaim, RejectClaim } from './fund.commands';
import { ClaimApprovalRecorded, FundEvent } from './fund.events';
import {
  ANAN,
  beneficiaryOf,
  CHAIR,
  claimApproved,
  claimSubmitted,
  contributionRecorded,
  FUND_ID,
  fundRegistered,
  given,
  hashOf,
  meta,
  memberEnrolled,
  PRASERT,
  TREASURER,
  WANIDA,
} from '../testing/talat-yai-fund';

const now = '2023-07-10T03:00:00Z';
const approve = (approverId: string, claimId = 'cl-1'): ApproveClaim => ({
  type: 'ApproveClaim',
  data: { claimId },
  metadata: meta(now, approverId, 'committee'),
});
const reject = (userId: string, claimId = 'cl-1'): RejectClaim => ({
  type: 'RejectClaim',
  data: { claimId, reason: 'ใบรับรองแพทย์ไม่ตรงกับวันที่นอนโรงพยาบาล' },
  metadata: meta(now, userId, 'committee'),
});
const approval = (approverId: string, claimId = 'cl-1'): ClaimApprovalRecorded => ({
  type: 'welfare.claim.approval-recorded',
  data: { fundId: FUND_ID, claimId, approverId, approvedAt: now },
});
const fundWith = (memberHash: string): FundEvent[] => [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01', memberHash),
  contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
  claimSubmitted('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', { hospitalNights: 6, submittedBy: TREASURER }),
];
const submitted = fundWith(hashOf('m-001'));

describe('a submitted claim', () => {
  it("one committee member's approval is recorded, and one is not yet enough", () => {
    given(submitted)
      .when(approve(CHAIR))
      .then([approval(CHAIR)]);
  });

  it('a second distinct committee member completes the quorum of two, citing the rules version', () => {
    given([...submitted, approval(CHAIR)])
      .when(approve(PRASERT))
      .then([approval(PRASERT), claimApproved('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', [CHAIR, PRASERT])]);
  });

  it('the same committee member cannot approve twice to make a quorum', () => {
    given([...submitted, approval(CHAIR)])
      .when(approve(CHAIR))
      .thenThrows('claim.already-approved-by-approver');
  });

  it('the claimant cannot approve their own claim', () => {
    given(fundWith(hashOf(WANIDA)))
      .when(approve(WANIDA))
      .thenThrows('claim.conflict-of-interest', { reason: 'claimant' });
  });

  it('a committee member recorded as related to the claimant cannot approve', () => {
    const related = {
      type: 'welfare.committee.relation-declared' as const,
      data: { fundId: FUND_ID, userId: ANAN, memberId: 'm-001', relationship: 'บุตร' },
    };
    given([...submitted, related])
      .when(approve(ANAN))
      .thenThrows('claim.conflict-of-interest', { reason: 'related' });
  });

  it('the person who entered the claim cannot also approve it', () => {
    given(submitted).when(approve(TREASURER)).thenThrows('claim.maker-cannot-approve');
  });

  it('only a sitting committee member can approve', () => {
    given(submitted).when(approve('u-outsider')).thenThrows('claim.approver-not-committee');
    const removed = {
      type: 'welfare.committee.member-removed' as const,
      data: { fundId: FUND_ID, userId: PRASERT, removedOn: '2023-07-01', reason: 'ลาออก' },
    };
    given([...submitted, removed])
      .when(approve(PRASERT))
      .thenThrows('claim.approver-not-committee');
  });

  it('an unknown claim cannot be approved', () => {
    given(submitted).when(approve(CHAIR, 'cl-404')).thenThrows('claim.not-found');
  });

  it('a committee member may reject it with a reason', () => {
    given(submitted)
      .when(reject(WANIDA))
      .then([
        {
          type: 'welfare.claim.rejected',
          data: { fundId: FUND_ID, claimId: 'cl-1', rejectedBy: WANIDA, reason: 'ใบรับรองแพทย์ไม่ตรงกับวันที่นอนโรงพยาบาล' },
        },
      ]);
    given(submitted).when(reject('u-outsider')).thenThrows('committee.not-a-member');
  });
});

describe('a submitted claim above the large-claim limit', () => {
  const death: FundEvent[] = [
    fundRegistered(),
    { ...memberEnrolled('m-001', '2022-10-01') },
    contributionRecorded('m-001', '2022-10', 12, '2022-10-01'),
    { type: 'welfare.member.died', data: { fundId: FUND_ID, memberId: 'm-001', diedOn: '2023-10-05', evidenceRef: 'มรณบัตร' } },
    claimSubmitted('cl-1', 'm-001', 'death', '2023-10-05', '10000.00'),
  ];

  it('a claim above 5,000 baht needs three approvals', () => {
    given([...death, approval(CHAIR)])
      .when(approve(PRASERT))
      .then([approval(PRASERT)]);
    given([...death, approval(CHAIR), approval(PRASERT)])
      .when(approve(ANAN))
      .thenMatches([
        { type: 'welfare.claim.approval-recorded' },
        { type: 'welfare.claim.approved', data: { approverIds: [CHAIR, PRASERT, ANAN], approvalsRequired: 3 } },
      ]);
  });

  it('the death beneficiary cannot approve the death claim', () => {
    const withBeneficiary = death.map((event) =>
      event.type === 'welfare.member.enrolled'
        ? { ...event, data: { ...event.data, beneficiary: { ...beneficiaryOf('m-001'), citizenIdHash: hashOf(WANIDA) } } }
        : event,
    );
    given(withBeneficiary).when(approve(WANIDA)).thenThrows('claim.conflict-of-interest', { reason: 'beneficiary' });
  });
});

describe('an approved or rejected claim', () => {
  const approved: FundEvent[] = [
    ...submitted,
    approval(CHAIR),
    approval(PRASERT),
    claimApproved('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', [CHAIR, PRASERT]),
  ];
  const rejected: FundEvent[] = [
    ...submitted,
    { type: 'welfare.claim.rejected', data: { fundId: FUND_ID, claimId: 'cl-1', rejectedBy: CHAIR, reason: 'ซ้ำ' } },
  ];

  it('cannot be approved or rejected again', () => {
    given(approved).when(approve(WANIDA)).thenThrows('claim.not-awaiting-approval', { status: 'approved' });
    given(approved).when(reject(WANIDA)).thenThrows('claim.not-awaiting-approval');
    given(rejected).when(approve(WANIDA)).thenThrows('claim.not-awaiting-approval', { status: 'rejected' });
  });
});
