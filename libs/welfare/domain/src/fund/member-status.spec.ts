import { ApplyLapses, RecordMemberDeath, ResignMember } from './fund.commands';
import { contributionRecorded, FUND_ID, fundRegistered, given, meta, memberEnrolled } from '../testing/talat-yai-fund';

const applyLapses = (now: string): ApplyLapses => ({ type: 'ApplyLapses', data: {}, metadata: meta(now) });
const resign = (memberId: string): ResignMember => ({
  type: 'ResignMember',
  data: { memberId, resignedOn: '2023-03-01', reason: 'ย้ายไปอยู่จังหวัดกระบี่' },
  metadata: meta('2023-03-01T03:00:00Z'),
});
const death = (memberId: string, diedOn = '2023-08-20'): RecordMemberDeath => ({
  type: 'RecordMemberDeath',
  data: { memberId, diedOn, evidenceRef: 'มรณบัตร ภก 0123/2566' },
  metadata: meta('2023-08-25T03:00:00Z'),
});

const history = [
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-10'),
  contributionRecorded('m-001', '2023-01', 1, '2023-01-10'),
  memberEnrolled('m-002', '2023-01-12'),
  contributionRecorded('m-002', '2023-01', 12, '2023-01-12'),
];

describe('active members and the lapse rule', () => {
  it('on 30 April no one has missed three months yet', () => {
    given(history).when(applyLapses('2023-04-30T10:00:00Z')).thenNothing();
  });

  it('from 1 May a member who paid only January has lapsed, dated the day the rule took effect', () => {
    given(history)
      .when(applyLapses('2023-05-20T10:00:00Z'))
      .then([
        {
          type: 'welfare.member.lapsed',
          data: { fundId: FUND_ID, memberId: 'm-001', lapsedOn: '2023-05-01', missedMonths: 3, paidThrough: '2023-01', rulesVersion: 1 },
        },
      ]);
  });

  it('a lapsed member is not lapsed twice', () => {
    const [lapsed] = given(history).when(applyLapses('2023-05-20T10:00:00Z')).events();
    given([...history, lapsed])
      .when(applyLapses('2023-06-20T10:00:00Z'))
      .thenNothing();
  });

  it('a member who never paid lapses three months after the enrolment month', () => {
    given([fundRegistered(), memberEnrolled('m-003', '2023-01-31')])
      .when(applyLapses('2023-04-01T00:00:00+07:00'))
      .thenMatches([{ type: 'welfare.member.lapsed', data: { memberId: 'm-003', lapsedOn: '2023-04-01', paidThrough: null } }]);
  });
});

describe('an active member leaving', () => {
  it('resigns with a reason', () => {
    given(history)
      .when(resign('m-001'))
      .then([
        {
          type: 'welfare.member.resigned',
          data: { fundId: FUND_ID, memberId: 'm-001', resignedOn: '2023-03-01', reason: 'ย้ายไปอยู่จังหวัดกระบี่' },
        },
      ]);
  });

  it('a member who already resigned cannot resign again', () => {
    const [resigned] = given(history).when(resign('m-001')).events();
    given([...history, resigned])
      .when(resign('m-001'))
      .thenThrows('member.not-active');
  });

  it('a death is recorded with the certificate reference', () => {
    given(history)
      .when(death('m-002'))
      .then([
        {
          type: 'welfare.member.died',
          data: { fundId: FUND_ID, memberId: 'm-002', diedOn: '2023-08-20', evidenceRef: 'มรณบัตร ภก 0123/2566' },
        },
      ]);
  });

  it('a death is recorded once and not before enrolment', () => {
    const [died] = given(history).when(death('m-002')).events();
    given([...history, died])
      .when(death('m-002'))
      .thenThrows('member.already-deceased');
    given(history).when(death('m-002', '2023-01-01')).thenThrows('member.died-before-enrolment');
  });
});
