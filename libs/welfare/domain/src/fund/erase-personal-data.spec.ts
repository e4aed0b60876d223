import { Money } from '@kongthun/kernel';
import { ErasePersonalData } from './fund.commands';
import { MemberPersonalDataErased } from './fund.events';
import {
  CHAIR,
  contributionRecorded,
  FUND_ID,
  fundRegistered,
  given,
  meta,
  memberEnrolled,
  PRASERT,
  TREASURER,
} from '../testing/talat-yai-fund';

const now = '2023-06-01T03:00:00Z';
const erase = (memberId: string, by = CHAIR, role = 'committee', change: Partial<ErasePersonalData['data']> = {}): ErasePersonalData => ({
  type: 'ErasePersonalData',
  data: { memberId, ground: 'data-subject-request', requestRef: 'คำร้อง-PDPA-2566-007', ...change },
  metadata: meta(now, by, role),
});
const erased = (memberId: string): MemberPersonalDataErased => ({
  type: 'welfare.member.personal-data-erased',
  data: {
    fundId: FUND_ID,
    memberId,
    personalDataRef: `pd-${memberId}`,
    ground: 'data-subject-request',
    requestRef: 'คำร้อง-PDPA-2566-007',
    erasedAt: now,
  },
});
const history = [fundRegistered(), memberEnrolled('m-001', '2023-01-10'), contributionRecorded('m-001', '2023-01', 3, '2023-01-10')];

describe('a member whose personal data is on file', () => {
  it('the chair orders an erasure, naming the data reference and the request, never its content', () => {
    given(history)
      .when(erase('m-001'))
      .then([erased('m-001')]);
  });

  it('an administrator (data protection officer) may order it too', () => {
    given(history)
      .when(erase('m-001', 'admin', 'admin'))
      .then([erased('m-001')]);
  });

  it('a committee member who is not the chair, or the treasurer, may not', () => {
    given(history).when(erase('m-001', PRASERT)).thenThrows('auth.chair-required', { userId: PRASERT });
    given(history)
      .when(erase('m-001', TREASURER, 'treasurer'))
      .thenThrows('auth.chair-required');
  });

  it('the ground must be a known one and the request must be referenced', () => {
    given(history)
      .when(erase('m-001', CHAIR, 'committee', { ground: 'because' as never }))
      .thenThrows('member.erasure-ground-unknown');
    given(history)
      .when(erase('m-001', CHAIR, 'committee', { requestRef: ' ' }))
      .thenThrows('member.erasure-request-required');
  });

  it('a member who does not exist cannot be erased', () => {
    given(history).when(erase('m-404')).thenThrows('member.not-found');
  });
});

describe('a member whose personal data is erased', () => {
  it('is erased once: a second order is refused and names the reference so the service can finish a half-done shred', () => {
    given([...history, erased('m-001')])
      .when(erase('m-001'))
      .thenThrows('personal-data.already-erased', { personalDataRef: 'pd-m-001' });
  });

  it('stays a member with the same books: only the personal data is gone', () => {
    const before = given(history).state;
    const after = given([...history, erased('m-001')]).state;
    if (before.status !== 'Registered' || after.status !== 'Registered') throw new Error('fund not registered');
    expect(after.members.get('m-001')).toEqual({ ...before.members.get('m-001'), personalDataErased: true });
    expect(after.ledger).toEqual(before.ledger);
  });

  it('can still be paid and matched: contributions after erasure are recorded', () => {
    given([...history, erased('m-001')])
      .when({
        type: 'RecordContribution',
        data: {
          contributionId: 'c-after',
          memberId: 'm-001',
          months: 1,
          amount: Money.ofBaht(30),
          receivedOn: '2023-06-01',
          receiptRef: 'R-after',
        },
        metadata: meta(now),
      })
      .thenMatches([{ type: 'welfare.contribution.recorded', data: { memberId: 'm-001' } }]);
  });
});
