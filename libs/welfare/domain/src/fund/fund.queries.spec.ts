import { Money } from '@kongthun/kernel';
import { FundEvent } from './fund.events';
import { fundBalance, memberArrears, threePartyView } from './fund.queries';
import { RegisteredFund } from './fund.state';
import { contributionRecorded, FUND_ID, fundRegistered, given, matchingReceived, memberEnrolled } from '../testing/talat-yai-fund';

const fundAfter = (events: FundEvent[]): RegisteredFund => {
  const { state } = given(events);
  if (state.status !== 'Registered') throw new Error('expected a registered fund');
  return state;
};
const json = (value: Record<string, Money>): Record<string, string> =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, v.toJSON()]));

/** Two members paying a year each in FY 2566, CODI matching in full, the municipality a third. */
const history: FundEvent[] = [
  fundRegistered(),
  memberEnrolled('m-001', '2022-10-01'),
  contributionRecorded('m-001', '2022-10', 12, '2022-10-01'),
  memberEnrolled('m-002', '2022-10-01'),
  contributionRecorded('m-002', '2022-10', 3, '2022-10-01'),
  matchingReceived('mt-1', 'codi', '450.00'),
  matchingReceived('mt-2', 'local-government', '150.00'),
  {
    type: 'welfare.admin-spending.recorded',
    data: {
      fundId: FUND_ID,
      spendingId: 'ad-1',
      amount: '40.00',
      purpose: 'ค่าถ่ายเอกสาร',
      spentOn: '2023-03-20',
      documentRef: 'บจ 1',
      overrideId: null,
      rulesVersion: 1,
    },
  },
];

describe('a fund with money in and out', () => {
  it('keeps money received by source and one pooled balance', () => {
    const balance = fundBalance(fundAfter(history));
    expect(json(balance.receivedBySource)).toEqual({ members: '470.00', codi: '450.00', 'local-government': '150.00', other: '0.00' });
    expect(balance.adminSpent.toJSON()).toBe('40.00');
    expect(balance.balance.toJSON()).toBe('1030.00');
  });

  it('shows what each source should have matched against member contributions in FY 2566, and the gap', () => {
    const view = threePartyView(fundAfter(history), 2566, '2023-09-30');
    expect(view.memberContributions.toJSON()).toBe('450.00');
    expect(view.rows.map((row) => [row.source, row.expected.toJSON(), row.received.toJSON(), row.gap.toJSON()])).toEqual([
      ['codi', '450.00', '450.00', '0.00'],
      ['local-government', '450.00', '150.00', '300.00'],
      ['other', '0.00', '0.00', '0.00'],
    ]);
  });

  it('a fiscal year without contributions expects nothing', () => {
    expect(threePartyView(fundAfter(history), 2567, '2023-10-01').memberContributions.isZero()).toBe(true);
  });

  it("computes a member's arrears on a date at the monthly amount", () => {
    expect(memberArrears(fundAfter(history), 'm-002', '2023-02-15')).toEqual({ months: 1, amount: Money.ofBaht(30) });
    expect(memberArrears(fundAfter(history), 'm-001', '2023-02-15')).toEqual({ months: 0, amount: Money.zero });
  });
});
