import { fold } from '@kongthun/kernel';
import { deciderSpec } from '@kongthun/kernel/testing';
import { ContributionReversed, FundEvent } from '../fund/fund.events';
import { balanceOf } from '../fund/fund.state';
import { FUND_ID, matchingReceived, meta } from '../testing/talat-yai-fund';
import { BooksCommand } from './books.commands';
import { booksDecider } from './books.decider';
import { totalsOf } from './books.state';

const given = deciderSpec(booksDecider);
const metadata = meta('2024-10-02T03:00:00Z');
const command = <T extends BooksCommand['type']>(type: T, data: Extract<BooksCommand, { type: T }>['data']) =>
  ({ type, data, metadata }) as Extract<BooksCommand, { type: T }>;

const zero = {
  receivedBySource: { members: '0.00', codi: '0.00', 'local-government': '0.00', other: '0.00' },
  benefitsPaid: '0.00',
  adminSpent: '0.00',
  balance: '0.00',
};
const opened2567: FundEvent = {
  type: 'welfare.books.opened',
  data: { fundId: FUND_ID, fiscalYear: 2567, carried: zero, creditedThrough: null, overridesUsed: [] },
};
const credited = (amount: string, after: string | null, through: string): FundEvent => ({
  type: 'welfare.books.member-money-credited',
  data: { fundId: FUND_ID, fiscalYear: 2567, amount, count: 3, after, through },
});
const payout = (payoutId: string, amount: string): FundEvent =>
  ({ type: 'welfare.payout.made', data: { fundId: FUND_ID, payoutId, claimId: `cl-${payoutId}`, memberId: 'm-1', amount } }) as FundEvent;
const spent = (spendingId: string, amount: string, overrideId: string | null = null): FundEvent =>
  ({ type: 'welfare.admin-spending.recorded', data: { fundId: FUND_ID, spendingId, amount, overrideId } }) as FundEvent;
const reversal = (amount: string): ContributionReversed =>
  ({
    type: 'welfare.contribution.reversed',
    data: { fundId: FUND_ID, reversalId: 'rv-1', contributionId: 'ct-1', memberId: 'm-1', amount },
  }) as ContributionReversed;

const year2567 = [
  opened2567,
  credited('3000.00', null, '17'),
  matchingReceived('mf-1', 'codi', '2000.00', 2567),
  payout('po-1', '1200.00'),
  spent('ad-1', '300.00', 'ov-1'),
  credited('500.00', '17', '42'),
];

describe('the books of a fiscal year', () => {
  it("a fund's first books open with nothing carried", () => {
    given([])
      .when(command('OpenBooks', { fundId: FUND_ID, fiscalYear: 2567, previous: null }))
      .then([opened2567]);
  });

  it('a year opens with the totals, credit position and used overrides the year before closed with', () => {
    const previous = fold(booksDecider, [...year2567, { type: 'welfare.books.closed', data: {} } as FundEvent]);
    given([])
      .when(command('OpenBooks', { fundId: FUND_ID, fiscalYear: 2568, previous }))
      .thenMatches([
        {
          type: 'welfare.books.opened',
          data: {
            fiscalYear: 2568,
            carried: {
              receivedBySource: { members: '3500.00', codi: '2000.00', 'local-government': '0.00', other: '0.00' },
              benefitsPaid: '1200.00',
              adminSpent: '300.00',
              balance: '4000.00',
            },
            creditedThrough: '42',
            overridesUsed: ['ov-1'],
          },
        },
      ]);
  });

  it('books open once, and never before the year they follow', () => {
    given([opened2567])
      .when(command('OpenBooks', { fundId: FUND_ID, fiscalYear: 2567, previous: null }))
      .thenThrows('books.already-opened');
    const previous = fold(booksDecider, year2567);
    given([])
      .when(command('OpenBooks', { fundId: FUND_ID, fiscalYear: 2566, previous }))
      .thenThrows('books.not-after-previous');
  });

  it("the close states what the opened totals and the year's own events add up to", () => {
    const events = given(year2567)
      .when(command('CloseBooks', { fundId: FUND_ID }))
      .events();
    expect(events).toHaveLength(1);
    const close = events[0] as Extract<FundEvent, { type: 'welfare.books.closed' }>;
    // Recomputed by hand from the events above: 3,000 + 500 members, 2,000 CODI, 1,200 paid, 300 admin.
    expect(close.data.totals).toEqual({
      receivedBySource: { members: '3500.00', codi: '2000.00', 'local-government': '0.00', other: '0.00' },
      benefitsPaid: '1200.00',
      adminSpent: '300.00',
      balance: '4000.00',
    });
    expect(close.data.totals.balance).toBe(balanceOf(given(year2567).state.ledger).toJSON());
    expect(totalsOf(given(year2567).state.ledger)).toEqual(close.data.totals);
  });

  it('closed or unopened books take nothing', () => {
    given([])
      .when(command('CloseBooks', { fundId: FUND_ID }))
      .thenThrows('books.not-open');
    given([...year2567, { type: 'welfare.books.closed', data: {} } as FundEvent])
      .when(command('CreditMemberMoney', { fundId: FUND_ID, amount: '1.00', count: 1, after: '42', through: '50' }))
      .thenThrows('books.not-open');
  });

  it('member money is credited from where the last credit ended, so a range is never credited twice', () => {
    given(year2567)
      .when(command('CreditMemberMoney', { fundId: FUND_ID, amount: '500.00', count: 3, after: '17', through: '42' }))
      .thenThrows('books.credit-out-of-order', { creditedThrough: '42' });
    given(year2567)
      .when(command('CreditMemberMoney', { fundId: FUND_ID, amount: '100.00', count: 1, after: '42', through: '60' }))
      .thenMatches([{ type: 'welfare.books.member-money-credited', data: { amount: '100.00', after: '42', through: '60' } }]);
  });

  it('a range with no member money credits nothing', () => {
    given(year2567)
      .when(command('CreditMemberMoney', { fundId: FUND_ID, amount: '0.00', count: 0, after: '42', through: '60' }))
      .thenNothing();
  });

  it('a contribution reversal is debited only while the books hold the money', () => {
    given(year2567)
      .when(command('DebitMemberMoney', { reversal: reversal('4000.00') }))
      .thenMatches([{ type: 'welfare.books.member-money-debited', data: { contributionId: 'ct-1', amount: '4000.00', fiscalYear: 2567 } }]);
    given(year2567)
      .when(command('DebitMemberMoney', { reversal: reversal('4000.01') }))
      .thenThrows('contribution.reversal-overdraws');
  });

  it('member money not yet credited only makes the balance smaller: checks refuse too much, never too little', () => {
    const lagging = given(year2567.slice(0, -1)).state.ledger;
    const current = given(year2567).state.ledger;
    expect(balanceOf(lagging).isGreaterThan(balanceOf(current))).toBe(false);
  });
});
