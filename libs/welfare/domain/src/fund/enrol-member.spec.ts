import { Money } from '@kongthun/kernel';
import { EnrolMember } from './fund.commands';
import { beneficiaryOf, fundRegistered, given, hashOf, meta, memberEnrolled } from '../testing/talat-yai-fund';

const now = '2022-10-15T03:00:00Z';
const enrol = (memberId: string, change: Partial<EnrolMember['data']> = {}): EnrolMember => ({
  type: 'EnrolMember',
  data: {
    memberId,
    citizenIdHash: hashOf(memberId),
    personalDataRef: `pd-${memberId}`,
    planId: 'one-baht-a-day',
    beneficiary: beneficiaryOf(memberId),
    enrolledOn: '2022-10-15',
    joiningFee: Money.ofBaht(10),
    ...change,
  },
  metadata: meta(now),
});

describe('a registered fund enrolling members', () => {
  it('enrols a member by keyed hash and personal-data reference, citing the rules version', () => {
    given([fundRegistered()])
      .when(enrol('m-001'))
      .then([memberEnrolled('m-001', '2022-10-15')]);
  });

  it('the enrolment event carries no citizen ID digits and no name', () => {
    const [event] = given([fundRegistered()]).when(enrol('m-001')).events();
    expect(JSON.stringify(event)).not.toMatch(/\d{13}/);
    expect(Object.keys(event.data)).not.toContain('name');
  });

  it('a person who is already an active member cannot enrol again under another member id', () => {
    given([fundRegistered(), memberEnrolled('m-001', '2022-10-01')])
      .when(enrol('m-002', { citizenIdHash: hashOf('m-001') }))
      .thenThrows('member.already-enrolled', { memberId: 'm-001' });
  });

  it('a person recorded as dead cannot be enrolled', () => {
    const died = {
      type: 'welfare.member.died' as const,
      data: { fundId: 'talat-yai', memberId: 'm-001', diedOn: '2022-10-10', evidenceRef: 'มรณบัตร 123' },
    };
    given([fundRegistered(), memberEnrolled('m-001', '2022-10-01'), died])
      .when(enrol('m-002', { citizenIdHash: hashOf('m-001') }))
      .thenThrows('member.deceased');
  });

  it('a person who resigned may join again as a new member', () => {
    const resigned = {
      type: 'welfare.member.resigned' as const,
      data: { fundId: 'talat-yai', memberId: 'm-001', resignedOn: '2022-10-05', reason: 'ย้ายที่อยู่' },
    };
    given([fundRegistered(), memberEnrolled('m-001', '2022-10-01'), resigned])
      .when(enrol('m-002', { citizenIdHash: hashOf('m-001') }))
      .thenMatches([{ type: 'welfare.member.enrolled', data: { memberId: 'm-002' } }]);
  });

  it('a member id is used once', () => {
    given([fundRegistered(), memberEnrolled('m-001', '2022-10-01')])
      .when(enrol('m-001', { citizenIdHash: 'hmac-other' }))
      .thenThrows('member.duplicate');
  });

  it('the joining fee must be the one the rules set', () => {
    given([fundRegistered()])
      .when(enrol('m-001', { joiningFee: Money.ofBaht(5) }))
      .thenThrows('member.joining-fee-mismatch', { expected: '10.00' });
  });

  it('the plan must be one of the rules', () => {
    given([fundRegistered()])
      .when(enrol('m-001', { planId: 'ten-baht-a-day' }))
      .thenThrows('member.plan-not-in-rules');
  });

  it('a death beneficiary must be named, and it cannot be the member', () => {
    given([fundRegistered()])
      .when(enrol('m-001', { beneficiary: { ...beneficiaryOf('m-001'), personalDataRef: '' } }))
      .thenThrows('member.beneficiary-required');
    given([fundRegistered()])
      .when(enrol('m-001', { beneficiary: { ...beneficiaryOf('m-001'), citizenIdHash: hashOf('m-001') } }))
      .thenThrows('member.beneficiary-is-member');
  });

  it('enrolment cannot be dated before the fund was founded or after today', () => {
    given([fundRegistered()])
      .when(enrol('m-001', { enrolledOn: '2022-09-30' }))
      .thenThrows('member.enrolled-before-founding');
    given([fundRegistered()])
      .when(enrol('m-001', { enrolledOn: '2022-10-16' }))
      .thenThrows('date.in-future');
  });

  it('the citizen-ID hash and the personal-data reference are required', () => {
    given([fundRegistered()])
      .when(enrol('m-001', { citizenIdHash: '' }))
      .thenThrows('member.personal-data-required');
  });
});
