import { Money } from '@kongthun/kernel';
import { PayClaim, RecordAdminSpending, RecordContribution, RecordMatchingFunds, ReversePayout, SubmitClaim } from './fund.commands';
import { FundEvent } from './fund.events';
import {
  CHAIR,
  claimApproved,
  claimSubmitted,
  contributionRecorded,
  FOUNDED_ON,
  FUND_ID,
  fundRegistered,
  given,
  hashOf,
  matchingReceived,
  meta,
  memberEnrolled,
  PRASERT,
  TREASURER,
} from '../testing/talat-yai-fund';

/** The fund was founded on 2022-10-01 (FOUNDED_ON); "today" is always the command's `now`, never the clock. */
const today = '2023-07-20';
const now = `${today}T03:00:00Z`;

const matching = (receivedOn: string, at = now): RecordMatchingFunds => ({
  type: 'RecordMatchingFunds',
  data: {
    matchingId: 'mt-9',
    source: 'codi',
    sourceName: 'พอช.',
    fiscalYear: 2566,
    amount: Money.ofBaht(500),
    receivedOn,
    documentRef: 'codi-9',
  },
  metadata: meta(at),
});
const contribution = (receivedOn: string): RecordContribution => ({
  type: 'RecordContribution',
  data: { contributionId: 'ct-9', memberId: 'm-001', months: 1, amount: Money.ofBaht(30), receivedOn, receiptRef: 'R-9' },
  metadata: meta(now),
});
const spending = (spentOn: string): RecordAdminSpending => ({
  type: 'RecordAdminSpending',
  data: { spendingId: 'ad-9', amount: Money.ofBaht(10), purpose: 'ค่าเครื่องเขียน', spentOn, documentRef: 'rc-9', overrideId: null },
  metadata: meta(now),
});
const claim = (eventDate: string): SubmitClaim => ({
  type: 'SubmitClaim',
  data: {
    claimId: 'cl-9',
    memberId: 'm-001',
    benefit: 'sickness',
    eventDate,
    hospitalNights: 1,
    evidenceRefs: ['ev-9'],
    amountFigures: '200.00',
    amountWords: 'สองร้อยบาทถ้วน',
  },
  metadata: meta(now),
});
const pay = (paidOn: string): PayClaim => ({
  type: 'PayClaim',
  data: { payoutId: 'po-1', claimId: 'cl-1', method: 'cash', reference: 'PV-1', paidOn, payeeAccountHash: null },
  metadata: meta(now),
});
const reverse = (reversedOn: string): ReversePayout => ({
  type: 'ReversePayout',
  data: { reversalId: 'rv-1', payoutId: 'po-1', reason: 'จ่ายผิดคน', reversedOn },
  metadata: meta(now, CHAIR, 'committee'),
});

const member: FundEvent[] = [
  fundRegistered(),
  memberEnrolled('m-001', '2022-11-01'),
  contributionRecorded('m-001', '2022-11', 12, '2022-11-01'),
  matchingReceived('mt-1', 'codi', '2000.00'),
];
/** Claim cl-1, approved by two committee members on 2023-07-10 (Bangkok). */
const approvedOn10July: FundEvent[] = [
  ...member,
  claimSubmitted('cl-1', 'm-001', 'sickness', '2023-07-01', '400.00', { hospitalNights: 2, submittedBy: TREASURER }),
  {
    type: 'welfare.claim.approval-recorded',
    data: { fundId: FUND_ID, claimId: 'cl-1', approverId: CHAIR, approvedAt: '2023-07-09T03:00:00Z' },
  },
  {
    type: 'welfare.claim.approval-recorded',
    data: { fundId: FUND_ID, claimId: 'cl-1', approverId: PRASERT, approvedAt: '2023-07-09T18:30:00Z' },
  },
  claimApproved('cl-1', 'm-001', 'sickness', '2023-07-01', '400.00', [CHAIR, PRASERT], { enrolledOn: '2022-11-01' }),
];

describe('dates of a registered fund', () => {
  it('matching money dated before the fund was founded is refused', () => {
    given(member)
      .when(matching('2020-03-01'))
      .thenThrows('date.before-founding', { field: 'receivedOn', date: '2020-03-01', foundedOn: FOUNDED_ON });
  });

  it('matching money dated on the founding day is recorded', () => {
    given(member)
      .when(matching(FOUNDED_ON))
      .thenMatches([{ type: 'welfare.matching-funds.received', data: { receivedOn: FOUNDED_ON } }]);
  });

  it("matching money dated after today (the command's now, not the clock) is refused", () => {
    given(member).when(matching('2023-07-21')).thenThrows('date.in-future', { field: 'receivedOn', today });
    given(member)
      .when(matching('2023-07-21', '2023-07-21T03:00:00Z'))
      .thenMatches([{ type: 'welfare.matching-funds.received' }]);
  });

  it('a contribution receipt dated after today is refused', () => {
    given(member).when(contribution('2023-08-01')).thenThrows('date.in-future', { field: 'receivedOn' });
  });

  it('administration spending dated before the fund was founded is refused', () => {
    given(member).when(spending('2021-12-31')).thenThrows('date.before-founding', { field: 'spentOn' });
  });

  it('a claim for an event before the fund was founded is refused', () => {
    given(member).when(claim('2020-01-15')).thenThrows('date.before-founding', { field: 'eventDate' });
  });
});

describe('an approved claim', () => {
  it('a payout dated 2020 for a fund founded in 2022 is refused', () => {
    given(approvedOn10July).when(pay('2020-07-10')).thenThrows('date.before-founding', { field: 'paidOn', date: '2020-07-10' });
  });

  it('a payout dated before the last approval (Bangkok date) is refused', () => {
    given(approvedOn10July)
      .when(pay('2023-07-09'))
      .thenThrows('payout.before-approval', { paidOn: '2023-07-09', approvedOn: '2023-07-10' });
  });

  it('a payout on the day of approval is made', () => {
    given(approvedOn10July)
      .when(pay('2023-07-10'))
      .thenMatches([{ type: 'welfare.payout.made', data: { paidOn: '2023-07-10', amount: '400.00' } }]);
  });

  it('a reversal dated before the fund was founded is refused', () => {
    const paid: FundEvent = {
      type: 'welfare.payout.made',
      data: {
        fundId: FUND_ID,
        payoutId: 'po-1',
        claimId: 'cl-1',
        memberId: 'm-001',
        amount: '400.00',
        method: 'cash',
        reference: 'PV-1',
        paidOn: '2023-07-10',
        payeeAccountHash: null,
        recipientCitizenIdHash: hashOf('m-001'),
        memberSince: '2022-11-01',
        benefit: 'sickness',
        eventDate: '2023-07-01',
        approvers: [],
        rulesVersion: 1,
      },
    };
    given([...approvedOn10July, paid])
      .when(reverse('2019-01-01'))
      .thenThrows('date.before-founding', { field: 'reversedOn' });
  });
});
