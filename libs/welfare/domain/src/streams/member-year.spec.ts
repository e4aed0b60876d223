import { Money } from '@kongthun/kernel';
import { fundDecider } from '../fund/fund.decider';
import { FundCommand } from '../fund/fund.commands';
import { FundEvent } from '../fund/fund.events';
import { RegisteredFund } from '../fund/fund.state';
import { claimSubmitted, contributionRecorded, fundRegistered, given, memberEnrolled, meta } from '../testing/talat-yai-fund';
import { closeMemberYear, openMemberYear } from './member-year';

const fold = (events: FundEvent[]): RegisteredFund => events.reduce(fundDecider.evolve, fundDecider.initialState()) as RegisteredFund;

/** The member's year `fiscalYear` opened from `history`: governance, then the opening alone. */
const openedFrom = (history: FundEvent[], fiscalYear: number): FundEvent[] => {
  const opened = openMemberYear(fold(history), 'm-001', fiscalYear);
  if (opened === null) throw new Error('m-001 is not in the history');
  return [fundRegistered(), opened];
};

const sickness = (claimId: string, eventDate: string, nights: number, now: string): FundCommand => ({
  type: 'SubmitClaim',
  data: {
    claimId,
    memberId: 'm-001',
    benefit: 'sickness',
    eventDate,
    hospitalNights: nights,
    evidenceRefs: ['ใบรับรองแพทย์'],
    amountFigures: Money.ofBaht(200 * nights).format(),
    amountWords: Money.ofBaht(200 * nights).toThaiWords(),
  },
  metadata: meta(now),
});

const contribution = (contributionId: string, months: number, receivedOn: string): FundCommand => ({
  type: 'RecordContribution',
  data: { contributionId, memberId: 'm-001', months, amount: Money.ofBaht(30 * months), receivedOn, receiptRef: `R-${contributionId}` },
  metadata: meta(`${receivedOn}T03:00:00Z`),
});

/** Enrolled 1 January 2023 (fiscal 2566), paid 2023, and 8 nights of sickness claimed in September 2023. */
const year2566: FundEvent[] = [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01'),
  contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
  claimSubmitted('cl-0', 'm-001', 'sickness', '2023-09-01', '1600.00', { hospitalNights: 8 }),
];

describe("a member's new fiscal year, opened with what the years before left standing", () => {
  it('a claim in the new year is refused over the yearly cap the last year’s claim used', () => {
    given(openedFrom(year2566, 2567))
      .when(sickness('cl-1', '2023-12-01', 3, '2023-12-05T03:00:00Z'))
      .thenThrows('claim.yearly-cap-exceeded', { remaining: '400.00' });
  });

  it('decides a contribution, a claim and a repeated receipt as the whole history would', () => {
    const commands = [
      contribution('c-2024', 3, '2023-11-10'),
      contribution('c-m-001-2023-01', 1, '2023-11-10'),
      sickness('cl-1', '2023-12-01', 2, '2023-12-05T03:00:00Z'),
    ];
    const decide = (events: FundEvent[], command: FundCommand) => {
      try {
        return fundDecider.decide(command, fold(events));
      } catch (error) {
        return (error as { code: string }).code;
      }
    };
    for (const command of commands) expect(decide(openedFrom(year2566, 2567), command)).toEqual(decide(year2566, command));
    expect(decide(year2566, commands[1])).toBe('contribution.duplicate');
  });

  it('carries two years of claims and contributions however old the member is, and every claim still open', () => {
    const tenYears: FundEvent[] = [fundRegistered(), memberEnrolled('m-001', '2013-01-01')];
    for (let year = 2013; year <= 2022; year++) {
      tenYears.push(contributionRecorded('m-001', `${year}-01`, 12, `${year}-01-05`));
      tenYears.push(claimSubmitted(`cl-${year}`, 'm-001', 'sickness', `${year}-06-01`, '200.00', { hospitalNights: 1 }));
      tenYears.push({
        type: 'welfare.claim.rejected',
        data: { fundId: 'talat-yai', claimId: `cl-${year}`, rejectedBy: 'u-somchai', reason: 'ซ้ำ' },
      });
    }
    tenYears.push(claimSubmitted('cl-open', 'm-001', 'sickness', '2014-03-01', '200.00', { hospitalNights: 1 }));
    const opened = openMemberYear(fold(tenYears), 'm-001', 2566);
    // Fiscal 2566 starts October 2022: claims from 1 January 2021 on, and the one still awaiting approval.
    expect(opened?.data.claims.map((claim) => claim.claimId).sort()).toEqual(['cl-2021', 'cl-2022', 'cl-open']);
    expect(opened?.data.contributions.map((entry) => entry.contributionId)).toEqual(['c-m-001-2022-01']);
    expect(opened?.data.member).toMatchObject({ status: 'active', paidThrough: '2022-12', enrolledOn: '2013-01-01' });
  });

  it('the latest standing contribution is carried however old, so it can still be reversed first', () => {
    const paidAhead = [fundRegistered(), memberEnrolled('m-001', '2023-01-01'), contributionRecorded('m-001', '2023-01', 24, '2023-01-02')];
    const opened = openMemberYear(fold(paidAhead), 'm-001', 2568);
    expect(opened?.data.contributions.map((entry) => entry.contributionId)).toEqual(['c-m-001-2023-01']);
    expect(opened?.data.member.contributionIds).toEqual(['c-m-001-2023-01']);
  });

  it('a year is closed by an event naming it, and a member never enrolled opens nothing', () => {
    expect(closeMemberYear('talat-yai', 'm-001', 2566)).toEqual({
      type: 'welfare.member.year-closed',
      data: { fundId: 'talat-yai', memberId: 'm-001', fiscalYear: 2566 },
    });
    expect(openMemberYear(fold(year2566), 'm-404', 2567)).toBeNull();
  });
});
