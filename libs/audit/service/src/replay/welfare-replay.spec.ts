import { RecordedEvent } from '@kongthun/event-sourcing';
import { FundEvent } from '@kongthun/welfare-domain';
import { claimSubmitted, contributionRecorded, fundRegistered, memberEnrolled, TREASURER } from '@kongthun/welfare-domain/testing';
import { fundReplayView, streamTimeline } from './welfare-replay';

const recorded = (events: FundEvent[]): RecordedEvent[] =>
  events.map((event, revision) => ({
    id: `e-${revision}`, type: event.type, schemaVersion: 1, data: event.data as never,
    metadata: { actor: { userId: TREASURER, role: 'treasurer' }, correlationId: `c-${revision}`, causationId: null },
    streamId: 'welfare.fund-talat-yai', streamRevision: BigInt(revision), globalPosition: BigInt(100 + revision * 10),
    recordedAt: `2023-0${revision + 1}-15T03:00:00.000Z`, prevHash: revision === 0 ? null : `h-${revision - 1}`, hash: `h-${revision}`,
  }));

const history = recorded([
  fundRegistered(),
  memberEnrolled('m-001', '2023-01-10'),
  contributionRecorded('m-001', '2023-02', 12, '2023-02-01'),
  claimSubmitted('cl-1', 'm-001', 'sickness', '2023-03-20', '400.00', { hospitalNights: 2 }),
]);

describe('replaying a fund from the ledger', () => {
  it('the whole stream gives the books the welfare evolve computes', () => {
    const view = fundReplayView(history);
    expect(view).toMatchObject({ status: 'Registered', eventsReplayed: 4, balance: '370.00', receivedBySource: { members: '370.00' } });
    expect(view.claims).toEqual([expect.objectContaining({ claimId: 'cl-1', status: 'submitted', amount: '400.00' })]);
  });

  it('a cut at a time leaves out what was recorded after it', () => {
    const view = fundReplayView(history, { at: '2023-02-28T00:00:00Z' });
    expect(view).toMatchObject({ eventsReplayed: 2, balance: '10.00', upTo: { streamRevision: '1', recordedAt: '2023-02-15T03:00:00.000Z' } });
  });

  it('a cut at a global position leaves out later positions', () => {
    expect(fundReplayView(history, { globalPosition: 120n })).toMatchObject({ eventsReplayed: 3, balance: '370.00', claims: [] });
  });

  it('a cut before the fund existed shows it unregistered', () => {
    expect(fundReplayView(history, { at: '2022-12-31T00:00:00Z' })).toEqual({ status: 'Unregistered', eventsReplayed: 0, upTo: null });
  });

  it('a time that is not a time is refused', () => {
    expect(() => fundReplayView(history, { at: 'yesterday' })).toThrow(RangeError);
  });

  it('the timeline lists each event with its actor and chain link', () => {
    const timeline = streamTimeline(history);
    expect(timeline.map((entry) => entry.type)).toEqual(['welfare.fund.registered', 'welfare.member.enrolled', 'welfare.contribution.recorded', 'welfare.claim.submitted']);
    expect(timeline[2]).toMatchObject({ streamRevision: '2', actor: { userId: TREASURER }, prevHash: 'h-1', hash: 'h-2' });
  });
});
