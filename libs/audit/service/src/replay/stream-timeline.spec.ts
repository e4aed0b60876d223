import { RecordedEvent } from '@kongthun/event-sourcing';
import { streamTimeline } from './stream-timeline';

const recorded = (types: string[]): RecordedEvent[] =>
  types.map((type, revision) => ({
    id: `e-${revision}`,
    type,
    schemaVersion: 1,
    data: { n: revision },
    metadata: { actor: { userId: 'u-clerk', role: 'treasurer' }, correlationId: `c-${revision}`, causationId: null },
    streamId: 'grants-project-9',
    streamRevision: BigInt(revision),
    globalPosition: BigInt(100 + revision),
    recordedAt: `2024-0${revision + 1}-15T03:00:00.000Z`,
    prevHash: revision === 0 ? null : `h-${revision - 1}`,
    hash: `h-${revision}`,
  }));

describe('a stream timeline', () => {
  it('lists each event with its actor and chain link, whatever context it belongs to', () => {
    const timeline = streamTimeline(recorded(['grants.project.opened', 'grants.tranche.approved', 'grants.tranche.paid']));
    expect(timeline.map((entry) => entry.type)).toEqual(['grants.project.opened', 'grants.tranche.approved', 'grants.tranche.paid']);
    expect(timeline[2]).toEqual({
      streamRevision: '2',
      globalPosition: '102',
      eventId: 'e-2',
      type: 'grants.tranche.paid',
      recordedAt: '2024-03-15T03:00:00.000Z',
      actor: { userId: 'u-clerk', role: 'treasurer' },
      data: { n: 2 },
      hash: 'h-2',
      prevHash: 'h-1',
    });
  });
});
