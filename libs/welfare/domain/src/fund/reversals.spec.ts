import { ReverseAdminSpending, ReverseContribution, ReverseMatchingFunds } from './fund.commands';
import { AdminSpendingRecorded, FundEvent, PayoutMade } from './fund.events';
import { balanceOf, RegisteredFund } from './fund.state';
import {
  CHAIR,
  claimApproved,
  claimSubmitted,
  contributionRecorded,
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

const now = '2023-08-01T03:00:00Z';
const reversal = { reason: 'บันทึกผิดรายการ', reversedOn: '2023-08-01' };
const reverseContribution = (contributionId: string, actor = TREASURER): ReverseContribution => ({
  type: 'ReverseContribution',
  data: { reversalId: `rv-${contributionId}`, contributionId, ...reversal },
  metadata: meta(now, actor),
});
const reverseMatching = (matchingId: string): ReverseMatchingFunds => ({
  type: 'ReverseMatchingFunds',
  data: { reversalId: `rv-${matchingId}`, matchingId, ...reversal },
  metadata: meta(now),
});
const reverseSpending = (spendingId: string): ReverseAdminSpending => ({
  type: 'ReverseAdminSpending',
  data: { reversalId: `rv-${spendingId}`, spendingId, ...reversal },
  metadata: meta(now),
});
const books = (history: FundEvent[]) => given(history).state as RegisteredFund;

/** m-001 paid January–March, then April–June: two receipts of 90 baht. */
const twoReceipts = [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01'),
  contributionRecorded('m-001', '2023-01', 3, '2023-01-05'),
  contributionRecorded('m-001', '2023-04', 3, '2023-04-05'),
];
const spent: AdminSpendingRecorded = {
  type: 'welfare.admin-spending.recorded',
  data: {
    fundId: FUND_ID,
    spendingId: 'ad-1',
    amount: '500.00',
    purpose: 'ค่าเครื่องเขียน',
    spentOn: '2023-04-01',
    documentRef: 'บจ 12/2566',
    overrideId: null,
    rulesVersion: 1,
  },
};

describe('reversing a mistaken contribution', () => {
  it('the latest contribution is reversed by an event naming it, and the member is paid through the month before it', () => {
    const [reversed] = given(twoReceipts).when(reverseContribution('c-m-001-2023-04')).events();
    expect(reversed).toEqual({
      type: 'welfare.contribution.reversed',
      data: {
        fundId: FUND_ID,
        reversalId: 'rv-c-m-001-2023-04',
        contributionId: 'c-m-001-2023-04',
        memberId: 'm-001',
        amount: '90.00',
        receivedOn: '2023-04-05',
        periodFrom: '2023-04',
        periodTo: '2023-06',
        paidThrough: '2023-03',
        ...reversal,
      },
    });
    const after = books([...twoReceipts, reversed]);
    expect(after.members.get('m-001')?.paidThrough).toBe('2023-03');
    expect(after.ledger.receivedBySource.members.toJSON()).toBe('100.00');
    expect(after.ledger.contributionsByFiscalYear.get(2566)?.toJSON()).toBe('90.00');
  });

  it('reversing the only contribution leaves the member paid through nothing', () => {
    const history = twoReceipts.slice(0, 3);
    const [reversed] = given(history).when(reverseContribution('c-m-001-2023-01')).events();
    expect(reversed.data).toMatchObject({ paidThrough: null });
    expect(books([...history, reversed]).members.get('m-001')?.paidThrough).toBeNull();
  });

  it('a contribution reversed twice is refused', () => {
    const [reversed] = given(twoReceipts).when(reverseContribution('c-m-001-2023-04')).events();
    given([...twoReceipts, reversed])
      .when(reverseContribution('c-m-001-2023-04'))
      .thenThrows('contribution.already-reversed');
  });

  it('an earlier contribution is refused while a later one stands: months are paid in order', () => {
    given(twoReceipts).when(reverseContribution('c-m-001-2023-01')).thenThrows('contribution.not-latest', { latest: 'c-m-001-2023-04' });
  });

  it('a contribution nobody recorded cannot be reversed', () => {
    given(twoReceipts).when(reverseContribution('c-none')).thenThrows('contribution.not-found');
  });

  it('only a committee member reverses', () => {
    given(twoReceipts).when(reverseContribution('c-m-001-2023-04', 'u-outsider')).thenThrows('committee.not-a-member');
  });
});

describe('reversing mistaken matching money', () => {
  it("the money leaves the source's total and its fiscal year", () => {
    const history = [...twoReceipts, matchingReceived('mt-1', 'codi', '1000.00')];
    const [reversed] = given(history).when(reverseMatching('mt-1')).events();
    expect(reversed).toEqual({
      type: 'welfare.matching-funds.reversed',
      data: {
        fundId: FUND_ID,
        reversalId: 'rv-mt-1',
        matchingId: 'mt-1',
        source: 'codi',
        fiscalYear: 2566,
        amount: '1000.00',
        ...reversal,
      },
    });
    const after = books([...history, reversed]);
    expect(after.ledger.receivedBySource.codi.toJSON()).toBe('0.00');
    expect(after.ledger.matchingByFiscalYear.get(2566)?.codi.toJSON()).toBe('0.00');
    expect(balanceOf(after.ledger).toJSON()).toBe('190.00');
  });

  it('matching money reversed twice is refused', () => {
    const history = [...twoReceipts, matchingReceived('mt-1', 'codi', '1000.00')];
    const [reversed] = given(history).when(reverseMatching('mt-1')).events();
    given([...history, reversed])
      .when(reverseMatching('mt-1'))
      .thenThrows('matching-funds.already-reversed');
  });

  it('reversing matching money that would overdraw the fund is refused', () => {
    // 10 + 360 + 830 = 1,200 received and 1,200 paid: nothing is left to take back.
    const paidOut: FundEvent[] = [
      fundRegistered(),
      memberEnrolled('m-001', '2023-01-01'),
      contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
      matchingReceived('mt-1', 'codi', '830.00'),
      claimSubmitted('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', { hospitalNights: 6 }),
      claimApproved('cl-1', 'm-001', 'sickness', '2023-07-01', '1200.00', [CHAIR, PRASERT]),
      {
        type: 'welfare.payout.made',
        data: {
          fundId: FUND_ID,
          payoutId: 'po-1',
          claimId: 'cl-1',
          memberId: 'm-001',
          amount: '1200.00',
          method: 'cash',
          reference: 'R-1',
          paidOn: '2023-07-12',
          payeeAccountHash: null,
          recipientCitizenIdHash: hashOf('m-001'),
          memberSince: '2023-01-01',
          benefit: 'sickness',
          eventDate: '2023-07-01',
          approvers: [],
          rulesVersion: 1,
        },
      } satisfies PayoutMade,
    ];
    given(paidOut).when(reverseMatching('mt-1')).thenThrows('matching-funds.reversal-overdraws', { amount: '830.00', balance: '0.00' });
    given(paidOut).when(reverseContribution('c-m-001-2023-01')).thenThrows('contribution.reversal-overdraws');
  });
});

describe('reversing mistaken administration spending', () => {
  it('the money returns to the balance and to the room under the cap', () => {
    const history = [fundRegistered(), matchingReceived('mt-1', 'codi', '10000.00'), spent];
    const [reversed] = given(history).when(reverseSpending('ad-1')).events();
    expect(reversed).toEqual({
      type: 'welfare.admin-spending.reversed',
      data: { fundId: FUND_ID, reversalId: 'rv-ad-1', spendingId: 'ad-1', amount: '500.00', overrideId: null, ...reversal },
    });
    const after = books([...history, reversed]);
    expect([after.ledger.adminSpent.toJSON(), balanceOf(after.ledger).toJSON()]).toEqual(['0.00', '10000.00']);
  });

  it('administration spending reversed twice is refused, and spending never recorded cannot be reversed', () => {
    const history = [fundRegistered(), matchingReceived('mt-1', 'codi', '10000.00'), spent];
    const [reversed] = given(history).when(reverseSpending('ad-1')).events();
    given([...history, reversed])
      .when(reverseSpending('ad-1'))
      .thenThrows('admin-spending.already-reversed');
    given(history).when(reverseSpending('ad-9')).thenThrows('admin-spending.not-found');
  });
});
