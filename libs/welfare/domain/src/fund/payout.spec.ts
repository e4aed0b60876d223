import { PayClaim, ReversePayout } from './fund.commands';
import { FundEvent, PayoutMade, PayoutReversed } from './fund.events';
import {
  CHAIR,
  claimApproved,
  claimSubmitted,
  hashOf,
  contributionRecorded,
  FUND_ID,
  fundRegistered,
  given,
  matchingReceived,
  meta,
  memberEnrolled,
  PRASERT,
  TREASURER,
} from '../testing/talat-yai-fund';

const now = '2023-07-12T03:00:00Z';
const ACCOUNT_HASH = 'a'.repeat(64);
const pay = (payoutId = 'po-1', change: Partial<PayClaim['data']> = {}): PayClaim => ({
  type: 'PayClaim',
  data: {
    payoutId,
    claimId: 'cl-1',
    method: 'promptpay',
    reference: 'PP20230712-000123',
    paidOn: '2023-07-12',
    payeeAccountHash: ACCOUNT_HASH,
    ...change,
  },
  metadata: meta(now),
});
const reverse = (actor = CHAIR, payoutId = 'po-1'): ReversePayout => ({
  type: 'ReversePayout',
  data: { reversalId: 'rv-1', payoutId, reason: 'โอนผิดบัญชี', reversedOn: '2023-07-13' },
  metadata: meta('2023-07-13T03:00:00Z', actor, 'chair'),
});
const paid: PayoutMade = {
  type: 'welfare.payout.made',
  data: {
    fundId: FUND_ID,
    payoutId: 'po-1',
    claimId: 'cl-1',
    memberId: 'm-001',
    amount: '1200.00',
    method: 'promptpay',
    reference: 'PP20230712-000123',
    paidOn: '2023-07-12',
    payeeAccountHash: ACCOUNT_HASH,
    recipientCitizenIdHash: hashOf('m-001'),
    memberSince: '2023-01-01',
    benefit: 'sickness',
    eventDate: '2023-07-01',
    approvers: [
      { userId: CHAIR, citizenIdHash: hashOf(CHAIR) },
      { userId: PRASERT, citizenIdHash: hashOf(PRASERT) },
    ],
    rulesVersion: 1,
  },
};
const reversed: PayoutReversed = {
  type: 'welfare.payout.reversed',
  data: {
    fundId: FUND_ID,
    reversalId: 'rv-1',
    payoutId: 'po-1',
    claimId: 'cl-1',
    amount: '1200.00',
    reason: 'โอนผิดบัญชี',
    reversedOn: '2023-07-13',
  },
};
/** 10 joining fee + 360 contributions + CODI matching: the balance is exactly the 1,200 claim with `codi` = 830.00. */
const approvedClaim = (codi: string): FundEvent[] => [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01'),
  contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
  matchingReceived('mt-1', 'codi', codi),
  claimSubmitted('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', { hospitalNights: 6, submittedBy: TREASURER }),
  { type: 'welfare.claim.approval-recorded', data: { fundId: FUND_ID, claimId: 'cl-1', approverId: CHAIR, approvedAt: now } },
  { type: 'welfare.claim.approval-recorded', data: { fundId: FUND_ID, claimId: 'cl-1', approverId: PRASERT, approvedAt: now } },
  claimApproved('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', [CHAIR, PRASERT]),
];

describe('an approved claim', () => {
  it('paid by transfer or PromptPay without the account paid into is refused: the shared-account check needs it', () => {
    given(approvedClaim('830.00'))
      .when(pay('po-1', { payeeAccountHash: null }))
      .thenThrows('payout.payee-account-required', { method: 'promptpay' });
    given(approvedClaim('830.00'))
      .when(pay('po-1', { method: 'bank-transfer', payeeAccountHash: null }))
      .thenThrows('payout.payee-account-required');
  });

  it('paid in cash needs no account, and records none', () => {
    given(approvedClaim('830.00'))
      .when(pay('po-1', { method: 'cash', payeeAccountHash: null }))
      .then([{ ...paid, data: { ...paid.data, method: 'cash', payeeAccountHash: null } }]);
  });

  it('is paid in full by PromptPay with a transaction reference, even when that empties the fund', () => {
    given(approvedClaim('830.00')).when(pay()).then([paid]);
  });

  it('a payout that would overdraw the fund is refused', () => {
    given(approvedClaim('829.99')).when(pay()).thenThrows('payout.overdraft', { balance: '1199.99', amount: '1200.00' });
  });

  it('a payout needs a receipt or transaction reference', () => {
    given(approvedClaim('830.00'))
      .when(pay('po-1', { method: 'cash', reference: '' }))
      .thenThrows('payout.reference-required');
  });
});

describe('a claim that is not approved', () => {
  it('cannot be paid', () => {
    given(approvedClaim('830.00').slice(0, 6)).when(pay()).thenThrows('claim.not-approved', { status: 'submitted' });
  });
});

describe('a paid claim', () => {
  it('cannot be paid twice', () => {
    given([...approvedClaim('830.00'), paid])
      .when(pay('po-2'))
      .thenThrows('claim.already-paid', { payoutId: 'po-1' });
    given([...approvedClaim('830.00'), paid])
      .when(pay('po-1'))
      .thenThrows('payout.duplicate');
  });

  it('a payout is reversed only by a new event naming the payout it reverses', () => {
    given([...approvedClaim('830.00'), paid])
      .when(reverse())
      .then([reversed]);
  });

  it('only a committee member may reverse a payout, and only a payout that exists', () => {
    given([...approvedClaim('830.00'), paid])
      .when(reverse('u-outsider'))
      .thenThrows('committee.not-a-member');
    given([...approvedClaim('830.00'), paid])
      .when(reverse(CHAIR, 'po-404'))
      .thenThrows('payout.not-found');
  });
});

describe('a claim whose payout was reversed', () => {
  it('the money is back in the fund and the claim can be paid again correctly', () => {
    given([...approvedClaim('830.00'), paid, reversed])
      .when(pay('po-2', { method: 'bank-transfer', reference: 'KTB-7781' }))
      .thenMatches([{ type: 'welfare.payout.made', data: { payoutId: 'po-2', amount: '1200.00', method: 'bank-transfer' } }]);
  });

  it('a reversed payout cannot be reversed again', () => {
    given([...approvedClaim('830.00'), paid, reversed])
      .when(reverse())
      .thenThrows('payout.already-reversed');
  });
});
