import { Money } from '@kongthun/kernel';
import { SubmitClaim } from './fund.commands';
import { FundEvent, MemberDied } from './fund.events';
import { claimSubmitted, contributionRecorded, FUND_ID, fundRegistered, given, meta, memberEnrolled } from '../testing/talat-yai-fund';

const claim = (
  benefit: SubmitClaim['data']['benefit'],
  eventDate: string,
  figures: string,
  now: string,
  nights: number | null = null,
): SubmitClaim => ({
  type: 'SubmitClaim',
  data: {
    claimId: 'cl-9',
    memberId: 'm-001',
    benefit,
    eventDate,
    hospitalNights: nights,
    evidenceRefs: ['หลักฐาน'],
    amountFigures: figures,
    amountWords: Money.parse(figures).toThaiWords(),
  },
  metadata: meta(now),
});
const enrolled: FundEvent[] = [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-01'),
  contributionRecorded('m-001', '2023-01', 12, '2023-01-01'),
];
const died = (diedOn: string): MemberDied => ({
  type: 'welfare.member.died',
  data: { fundId: FUND_ID, memberId: 'm-001', diedOn, evidenceRef: 'มรณบัตร' },
});

describe('a lapsed or resigned member', () => {
  it("a lapsed member's claim is refused", () => {
    const lapsed = {
      type: 'welfare.member.lapsed' as const,
      data: { fundId: FUND_ID, memberId: 'm-001', lapsedOn: '2024-04-01', missedMonths: 3, paidThrough: '2023-12', rulesVersion: 1 },
    };
    given([...enrolled, lapsed])
      .when(claim('sickness', '2024-04-02', '200', '2024-04-05T03:00:00Z', 1))
      .thenThrows('member.not-active', { status: 'lapsed' });
  });

  it('a member the lapse rule had ended by the event date is refused even before the lapse is recorded', () => {
    given(enrolled)
      .when(claim('sickness', '2024-04-01', '200', '2024-04-05T03:00:00Z', 1))
      .thenThrows('member.not-active', { status: 'lapsed-by-rule' });
  });

  it('on the last day before the lapse the member is still covered', () => {
    given(enrolled)
      .when(claim('sickness', '2024-03-31', '200', '2024-04-05T03:00:00Z', 1))
      .thenMatches([{ type: 'welfare.claim.submitted' }]);
  });

  it("a resigned member's claim is refused", () => {
    const resigned = {
      type: 'welfare.member.resigned' as const,
      data: { fundId: FUND_ID, memberId: 'm-001', resignedOn: '2023-08-01', reason: 'ลาออก' },
    };
    given([...enrolled, resigned])
      .when(claim('sickness', '2023-08-02', '200', '2023-08-05T03:00:00Z', 1))
      .thenThrows('member.not-active', { status: 'resigned' });
  });
});

describe('a deceased member', () => {
  it('the death benefit is claimed for the date of death once the death is recorded', () => {
    given([...enrolled, died('2024-01-10')])
      .when(claim('death', '2024-01-10', '10,000', '2024-01-15T03:00:00Z'))
      .thenMatches([{ type: 'welfare.claim.submitted', data: { benefit: 'death', amount: '10000.00', rulesVersion: 1 } }]);
  });

  it('the death benefit cannot be claimed before the death is recorded', () => {
    given(enrolled)
      .when(claim('death', '2024-01-10', '10,000', '2024-01-15T03:00:00Z'))
      .thenThrows('claim.death-not-recorded');
  });

  it('the death benefit is for the recorded date of death only', () => {
    given([...enrolled, died('2024-01-10')])
      .when(claim('death', '2024-01-09', '10,000', '2024-01-15T03:00:00Z'))
      .thenThrows('claim.not-date-of-death');
  });

  it('a death within the 365-day waiting period is not covered', () => {
    given([...enrolled, died('2023-12-31')])
      .when(claim('death', '2023-12-31', '10,000', '2024-01-05T03:00:00Z'))
      .thenThrows('claim.waiting-period', { firstEligibleDay: '2024-01-01' });
  });

  it('the death benefit is paid once', () => {
    given([...enrolled, died('2024-01-10'), claimSubmitted('cl-1', 'm-001', 'death', '2024-01-10', '10000.00')])
      .when(claim('death', '2024-01-10', '10,000', '2024-01-15T03:00:00Z'))
      .thenThrows('claim.already-claimed');
  });

  it('other benefits end with the member', () => {
    given([...enrolled, died('2024-01-10')])
      .when(claim('sickness', '2024-01-05', '200', '2024-01-15T03:00:00Z', 1))
      .thenThrows('member.not-active', { status: 'deceased' });
  });
});
