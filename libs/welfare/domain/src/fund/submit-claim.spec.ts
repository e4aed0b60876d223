import { Money } from '@kongthun/kernel';
import { withRuleDefaults } from './adopt-rules';
import { rulesToData } from './fund-rules.data';
import { SubmitClaim } from './fund.commands';
import { FundEvent, RulesAdopted } from './fund.events';
import {
  claimSubmitted,
  contributionRecorded,
  FUND_ID,
  fundRegistered,
  given,
  meta,
  memberEnrolled,
  rulesV1,
  TREASURER,
} from '../testing/talat-yai-fund';

const sickness = (
  eventDate: string,
  nights: number,
  figures: string,
  change: Partial<SubmitClaim['data']> = {},
  now = '2023-07-05T03:00:00Z',
): SubmitClaim => ({
  type: 'SubmitClaim',
  data: {
    claimId: 'cl-1',
    memberId: 'm-001',
    benefit: 'sickness',
    eventDate,
    hospitalNights: nights,
    evidenceRefs: ['ใบรับรองแพทย์ รพ.วชิระภูเก็ต'],
    amountFigures: figures,
    amountWords: Money.parse(figures).toThaiWords(),
    ...change,
  },
  metadata: meta(now),
});
/** Enrolled 1 January 2023 and paid the whole year: sickness is claimable for events from 30 June. */
const member: FundEvent[] = [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01'),
  contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
];

describe('an active member past the waiting period', () => {
  it('a sickness claim for 6 nights at 200 baht a night is submitted, citing the rules version it used', () => {
    given(member)
      .when(sickness('2023-07-01', 6, '1,200.00'))
      .then([
        {
          type: 'welfare.claim.submitted',
          data: {
            fundId: FUND_ID,
            claimId: 'cl-1',
            memberId: 'm-001',
            benefit: 'sickness',
            eventDate: '2023-07-01',
            hospitalNights: 6,
            evidenceRefs: ['ใบรับรองแพทย์ รพ.วชิระภูเก็ต'],
            amount: '1200.00',
            amountWords: 'หนึ่งพันสองร้อยบาทถ้วน',
            submittedBy: TREASURER,
            rulesVersion: 1,
          },
        },
      ]);
  });

  it('a claim one day after the waiting period ends is accepted', () => {
    given(member)
      .when(sickness('2023-06-30', 1, '200'))
      .thenMatches([{ type: 'welfare.claim.submitted' }]);
  });

  it('a claim on the last day of the waiting period is refused', () => {
    given(member)
      .when(sickness('2023-06-29', 1, '200'))
      .thenThrows('claim.waiting-period', { firstEligibleDay: '2023-06-30' });
  });

  it('an amount whose figures and words disagree is refused, like 380,000 written as three million eight hundred thousand', () => {
    given(member)
      .when(sickness('2023-07-01', 6, '1,200', { amountWords: 'หนึ่งหมื่นสองพันบาทถ้วน' }))
      .thenThrows('claim.amount-words-mismatch', { figures: '1200.00', words: '12000.00' });
    given(member)
      .when(sickness('2023-07-01', 6, '380,000', { amountWords: 'สามล้านแปดแสนบาทถ้วน' }))
      .thenThrows('claim.amount-words-mismatch');
  });

  it('an amount in words that cannot be read is refused', () => {
    given(member)
      .when(sickness('2023-07-01', 6, '1,200', { amountWords: 'พันสองบาท' }))
      .thenThrows('claim.amount-words-unreadable');
  });

  it('a claim for more than the rules allow is refused', () => {
    given(member)
      .when(sickness('2023-07-01', 6, '1,400'))
      .thenThrows('claim.amount-above-entitlement', { entitlement: '1200.00' });
  });

  it('a per-night benefit needs the nights in hospital', () => {
    given(member)
      .when(sickness('2023-07-01', 6, '200', { hospitalNights: null }))
      .thenThrows('claim.hospital-nights-required');
  });

  it('a benefit the rules do not offer is refused', () => {
    given(member)
      .when(sickness('2023-07-01', 1, '500', { benefit: 'education' }))
      .thenThrows('claim.benefit-not-in-rules');
  });

  it('a claim needs evidence and cannot be for a future event', () => {
    given(member)
      .when(sickness('2023-07-01', 1, '200', { evidenceRefs: [' '] }))
      .thenThrows('claim.evidence-required');
    given(member)
      .when(sickness('2023-07-06', 1, '200'))
      .thenThrows('date.in-future');
  });

  it('a claim for an unknown member is refused, and a claim id is used once', () => {
    given(member)
      .when(sickness('2023-07-01', 1, '200', { memberId: 'm-404' }))
      .thenThrows('member.not-found');
    given([...member, claimSubmitted('cl-1', 'm-001', 'sickness', '2023-07-01', '200.00', { hospitalNights: 1 })])
      .when(sickness('2023-07-02', 1, '200'))
      .thenThrows('claim.duplicate');
  });
});

describe('an active member near the yearly cap', () => {
  const earlier = [...member, claimSubmitted('cl-0', 'm-001', 'sickness', '2023-07-01', '1600.00', { hospitalNights: 8 })];
  const next = (nights: number, figures: string, eventDate = '2023-07-03', now?: string) =>
    sickness(eventDate, nights, figures, { claimId: 'cl-2' }, now);

  it('a sickness claim over the yearly cap is refused', () => {
    given(earlier).when(next(3, '600')).thenThrows('claim.yearly-cap-exceeded', { remaining: '400.00' });
  });

  it('a sickness claim that reaches the yearly cap exactly is accepted', () => {
    given(earlier)
      .when(next(2, '400'))
      .thenMatches([{ type: 'welfare.claim.submitted', data: { amount: '400.00' } }]);
  });

  it('a rejected claim does not count against the cap', () => {
    const rejected = {
      type: 'welfare.claim.rejected' as const,
      data: { fundId: FUND_ID, claimId: 'cl-0', rejectedBy: 'u-somchai', reason: 'เอกสารไม่ครบ' },
    };
    given([...earlier, rejected])
      .when(next(3, '600'))
      .thenMatches([{ type: 'welfare.claim.submitted' }]);
  });

  it('a new calendar year starts a new cap', () => {
    const paid = contributionRecorded('m-001', '2024-01', 12, '2023-12-20');
    given([...earlier, paid])
      .when(next(3, '600', '2024-01-02', '2024-01-05T03:00:00Z'))
      .thenMatches([{ type: 'welfare.claim.submitted' }]);
  });
});

describe('a member whose fund changed its rules', () => {
  const v2: RulesAdopted = {
    type: 'welfare.rules.adopted',
    data: {
      fundId: FUND_ID,
      resolutionRef: 'มติที่ประชุมใหญ่ 1/2566',
      rules: rulesToData({
        ...withRuleDefaults(
          { ...rulesV1(), benefits: rulesV1().benefits.map((b) => (b.benefit === 'sickness' ? { ...b, amount: Money.ofBaht(300) } : b)) },
          '2023-07-02',
        ),
        version: 2,
      }),
    },
  };

  it('an event before the change is decided by the old version', () => {
    given([...member, v2])
      .when(sickness('2023-07-01', 6, '1,800'))
      .thenThrows('claim.amount-above-entitlement', { entitlement: '1200.00' });
  });

  it('an event from the change on is decided by the new version, and cites it', () => {
    given([...member, v2])
      .when(sickness('2023-07-02', 6, '1,800'))
      .thenMatches([{ type: 'welfare.claim.submitted', data: { amount: '1800.00', rulesVersion: 2 } }]);
  });
});
