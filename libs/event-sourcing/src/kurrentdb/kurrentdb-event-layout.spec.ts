import { chainEvents } from '../store/append-rules';
import { verifyChain } from '../store/event-hash';
import { EventStoreError } from '../store/event-store-error';
import { testEvents } from '../testing/test-events';
import {
  comparePositions,
  formatCheckpoint,
  fromStoredRecord,
  isSystemRecord,
  parseCheckpoint,
  StoredRecord,
  toEventData,
} from './kurrentdb-event-layout';

/** What the client does on the way to the server and back: JSON text for data and metadata. */
const throughServer = (streamId: string, revision: bigint, commit: bigint, event: ReturnType<typeof toEventData>): StoredRecord => ({
  streamId,
  id: event.id,
  type: event.type,
  revision,
  data: JSON.parse(JSON.stringify(event.data)),
  metadata: JSON.parse(JSON.stringify(event.metadata)),
  position: { commit, prepare: commit },
});

const chained = chainEvents('claim-1', testEvents(3), -1n, null, '2025-01-02T03:04:05.678Z');
const records = chained.map((event, i) => throughServer('claim-1', BigInt(i), 1000n + BigInt(i) * 100n, toEventData(event)));

const refusal = (attempt: () => unknown): string => {
  try {
    attempt();
  } catch (error) {
    if (error instanceof EventStoreError) return error.code;
    throw error;
  }
  throw new Error('not refused');
};

describe('KurrentDB event layout', () => {
  it('reads back every field as written, with the hash chain intact', () => {
    const read = records.map(fromStoredRecord);
    expect(read).toEqual(chained.map((event, i) => ({ ...event, globalPosition: 1000n + BigInt(i) * 100n })));
    expect(verifyChain(read)).toBeNull();
  });

  it('keeps the stream revision as a string: JSON has no 64-bit integers', () => {
    expect(toEventData(chained[2]).metadata).toMatchObject({ envelope: 1, streamRevision: '2', prevHash: chained[1].hash });
  });

  it('refuses a record it did not write, instead of guessing', () => {
    expect(refusal(() => fromStoredRecord({ ...records[0], metadata: { $correlationId: 'x' } }))).toBe('eventstore.unreadable-event');
    expect(refusal(() => fromStoredRecord({ ...records[0], metadata: undefined }))).toBe('eventstore.unreadable-event');
    expect(refusal(() => fromStoredRecord({ ...records[0], data: new Uint8Array([1]) }))).toBe('eventstore.unreadable-event');
  });

  it('refuses an event whose server revision moved (stream deleted and recreated at the server)', () => {
    expect(refusal(() => fromStoredRecord({ ...records[0], revision: 5n }))).toBe('eventstore.stream-inconsistent');
  });

  it('refuses an event without a log position (servers before 22.6)', () => {
    expect(refusal(() => fromStoredRecord({ ...records[0], position: undefined }))).toBe('eventstore.position-unavailable');
    expect(refusal(() => fromStoredRecord({ ...records[0], position: { commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n } }))).toBe(
      'eventstore.position-unavailable',
    );
  });

  it('checkpoints round-trip as "<commit>:<prepare>" and order like $all', () => {
    const position = { commit: 18446744073709551000n, prepare: 42n };
    expect(formatCheckpoint(position)).toBe('18446744073709551000:42');
    expect(parseCheckpoint(formatCheckpoint(position))).toEqual(position);
    expect(parseCheckpoint(undefined)).toBeUndefined();
    expect(refusal(() => parseCheckpoint('17'))).toBe('eventstore.invalid-checkpoint');
    expect(comparePositions({ commit: 1n, prepare: 9n }, { commit: 2n, prepare: 0n })).toBe(-1);
    expect(comparePositions({ commit: 2n, prepare: 1n }, { commit: 2n, prepare: 0n })).toBe(1);
    expect(comparePositions(position, { ...position })).toBe(0);
  });

  it('tells KurrentDB system events from ours', () => {
    expect(isSystemRecord({ streamId: '$stats-127.0.0.1:2113', type: '$statsCollected' })).toBe(true);
    expect(isSystemRecord({ streamId: '$ce-claim', type: '$>' })).toBe(true);
    expect(isSystemRecord({ streamId: 'claim-1', type: '$metadata' })).toBe(true);
    expect(isSystemRecord({ streamId: 'claim-1', type: 'welfare.claim.approved' })).toBe(false);
  });
});
