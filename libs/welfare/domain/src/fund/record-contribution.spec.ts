import { Money } from '@kongthun/kernel';
import { RecordContribution } from './fund.commands';
import { contributionRecorded, FUND_ID, fundRegistered, given, meta, memberEnrolled } from '../testing/talat-yai-fund';

const contribute = (months: number, baht: number, receivedOn: string, contributionId = `c-${receivedOn}`): RecordContribution => ({
  type: 'RecordContribution',
  data: { contributionId, memberId: 'm-001', months, amount: Money.ofBaht(baht), receivedOn, receiptRef: `ใบเสร็จ ${receivedOn}` },
  metadata: meta(`${receivedOn}T03:00:00Z`),
});
const enrolledInJanuary = [fundRegistered(), memberEnrolled('m-001', '2023-01-10')];

describe('an active member paying contributions', () => {
  it('30 baht pays for the first month due, the enrolment month', () => {
    given(enrolledInJanuary)
      .when(contribute(1, 30, '2023-01-10'))
      .then([
        {
          type: 'welfare.contribution.recorded',
          data: {
            fundId: FUND_ID,
            contributionId: 'c-2023-01-10',
            memberId: 'm-001',
            periodFrom: '2023-01',
            periodTo: '2023-01',
            months: 1,
            amount: '30.00',
            receivedOn: '2023-01-10',
            receiptRef: 'ใบเสร็จ 2023-01-10',
            arrearsMonths: 0,
            rulesVersion: 1,
          },
        },
      ]);
  });

  it('360 baht at once pays twelve months ahead', () => {
    given([...enrolledInJanuary, contributionRecorded('m-001', '2023-01', 1, '2023-01-10')])
      .when(contribute(12, 360, '2023-02-01'))
      .thenMatches([{ type: 'welfare.contribution.recorded', data: { periodFrom: '2023-02', periodTo: '2024-01', amount: '360.00' } }]);
  });

  it('pays arrears first and records how many months were in arrears', () => {
    given([...enrolledInJanuary, contributionRecorded('m-001', '2023-01', 1, '2023-01-10')])
      .when(contribute(3, 90, '2023-04-20'))
      .thenMatches([{ type: 'welfare.contribution.recorded', data: { periodFrom: '2023-02', periodTo: '2023-04', arrearsMonths: 2 } }]);
  });

  it('an amount that is not what the plan asks for those months is refused', () => {
    given(enrolledInJanuary)
      .when(contribute(3, 100, '2023-01-10'))
      .thenThrows('contribution.amount-mismatch', { expected: '90.00', given: '100.00' });
  });

  it('a retried request with the same contribution id is refused', () => {
    given([...enrolledInJanuary, contributionRecorded('m-001', '2023-01', 1, '2023-01-10')])
      .when(contribute(1, 30, '2023-02-10', 'c-m-001-2023-01'))
      .thenThrows('contribution.duplicate');
  });

  it('a member who has missed three months has lapsed by the rule and cannot pay their way back', () => {
    given([...enrolledInJanuary, contributionRecorded('m-001', '2023-01', 1, '2023-01-10')])
      .when(contribute(4, 120, '2023-05-01'))
      .thenThrows('member.lapsed', { missedMonths: 3 });
  });

  it('on the last day before the lapse the member can still catch up', () => {
    given([...enrolledInJanuary, contributionRecorded('m-001', '2023-01', 1, '2023-01-10')])
      .when(contribute(3, 90, '2023-04-30'))
      .thenMatches([{ type: 'welfare.contribution.recorded', data: { arrearsMonths: 2 } }]);
  });

  it('months must be a whole number from 1 to 24, and money cannot predate enrolment', () => {
    given(enrolledInJanuary)
      .when(contribute(0, 0, '2023-01-10'))
      .thenThrows('contribution.months-invalid');
    given(enrolledInJanuary)
      .when(contribute(1, 30, '2023-01-09'))
      .thenThrows('contribution.before-enrolment');
  });
});

describe('a member who is not active', () => {
  it("a resigned member's contribution is refused", () => {
    const resigned = {
      type: 'welfare.member.resigned' as const,
      data: { fundId: FUND_ID, memberId: 'm-001', resignedOn: '2023-02-01', reason: 'ย้ายที่อยู่' },
    };
    given([...enrolledInJanuary, resigned])
      .when(contribute(1, 30, '2023-02-10'))
      .thenThrows('member.not-active', { status: 'resigned' });
  });

  it('a contribution for an unknown member is refused', () => {
    given([fundRegistered()])
      .when(contribute(1, 30, '2023-02-10'))
      .thenThrows('member.not-found');
  });
});
