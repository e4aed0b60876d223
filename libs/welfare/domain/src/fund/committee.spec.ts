import { AppointCommitteeMember, DeclareRelation, RemoveCommitteeMember } from './fund.commands';
import { ANAN, CHAIR, TREASURER, FUND_ID, fundRegistered, given, hashOf, meta, memberEnrolled, WANIDA } from '../testing/talat-yai-fund';

const now = '2023-05-01T03:00:00Z';
const appoint = (userId: string, role: 'chair' | 'treasurer' | 'member' = 'member'): AppointCommitteeMember => ({
  type: 'AppointCommitteeMember',
  data: { member: { userId, role, citizenIdHash: hashOf(userId), personalDataRef: `pd-${userId}` }, appointedOn: '2023-05-01' },
  metadata: meta(now, CHAIR, 'chair'),
});
const remove = (userId: string): RemoveCommitteeMember => ({
  type: 'RemoveCommitteeMember',
  data: { userId, removedOn: '2023-05-01', reason: 'ครบวาระ' },
  metadata: meta(now, CHAIR, 'chair'),
});
const declare = (userId: string, memberId: string): DeclareRelation => ({
  type: 'DeclareRelation',
  data: { userId, memberId, relationship: 'พี่สาว' },
  metadata: meta(now, CHAIR, 'chair'),
});

describe("a registered fund's committee", () => {
  it('an elected member takes a seat', () => {
    given([fundRegistered()])
      .when(appoint('u-kanya'))
      .then([
        {
          type: 'welfare.committee.member-appointed',
          data: {
            fundId: FUND_ID,
            member: { userId: 'u-kanya', role: 'member', citizenIdHash: hashOf('u-kanya'), personalDataRef: 'pd-u-kanya' },
            appointedOn: '2023-05-01',
          },
        },
      ]);
  });

  it('someone already seated cannot be seated again', () => {
    given([fundRegistered()]).when(appoint(WANIDA)).thenThrows('committee.already-member');
  });

  it('there is one chair at a time', () => {
    given([fundRegistered()]).when(appoint('u-kanya', 'chair')).thenThrows('committee.chair-taken');
  });

  it('only the chair (or an administrator) seats or removes a committee member', () => {
    const byTreasurer = { ...appoint('u-kanya'), metadata: meta(now, TREASURER, 'treasurer') };
    given([fundRegistered()]).when(byTreasurer).thenThrows('auth.chair-required');
    given([fundRegistered()])
      .when({ ...remove(ANAN), metadata: meta(now, WANIDA, 'committee') })
      .thenThrows('auth.chair-required');
    const [appointed] = given([fundRegistered()])
      .when({ ...appoint('u-kanya'), metadata: meta(now, 'u-admin', 'admin') })
      .events();
    expect(appointed.type).toBe('welfare.committee.member-appointed');
  });

  it('a member leaves the committee with a reason', () => {
    given([fundRegistered()])
      .when(remove(ANAN))
      .then([
        {
          type: 'welfare.committee.member-removed',
          data: { fundId: FUND_ID, userId: ANAN, removedOn: '2023-05-01', reason: 'ครบวาระ' },
        },
      ]);
  });

  it('someone not on the committee cannot be removed from it', () => {
    given([fundRegistered()]).when(remove('u-nobody')).thenThrows('committee.not-a-member');
  });

  it('a relation between a committee member and a member is recorded once', () => {
    const history = [fundRegistered(), memberEnrolled('m-001', '2022-10-15')];
    const [declared] = given(history).when(declare(WANIDA, 'm-001')).events();
    expect(declared).toEqual({
      type: 'welfare.committee.relation-declared',
      data: { fundId: FUND_ID, userId: WANIDA, memberId: 'm-001', relationship: 'พี่สาว' },
    });
    given([...history, declared])
      .when(declare(WANIDA, 'm-001'))
      .thenNothing();
  });

  it('a relation needs a seated committee member and an enrolled member', () => {
    const history = [fundRegistered(), memberEnrolled('m-001', '2022-10-15')];
    given(history).when(declare('u-nobody', 'm-001')).thenThrows('committee.not-a-member');
    given(history).when(declare(WANIDA, 'm-999')).thenThrows('member.not-found');
  });
});
