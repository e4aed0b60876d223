import { jsonEvent } from '@kurrent/kurrentdb-client';
import type { EventData, Position } from '@kurrent/kurrentdb-client';
import { EventMetadata, LogCheckpoint, RecordedEvent } from '../store/event-envelope';
import { EventStoreError } from '../store/event-store-error';
import { JsonObject } from '../store/json';

/**
 * How one of our events sits in KurrentDB (README.md, "Event layout"): the KurrentDB event id,
 * type and JSON data are the envelope's own; KurrentDB's JSON metadata carries the rest.
 * Bump `envelope` if this layout ever changes, so old events stay readable.
 */
export type StoredEnvelope = {
  envelope: 1;
  schemaVersion: number;
  /** A string: JSON has no 64-bit integers. Equal to KurrentDB's own revision of the event. */
  streamRevision: string;
  recordedAt: string;
  prevHash: string | null;
  hash: string;
  metadata: EventMetadata;
};

/** The parts of a KurrentDB recorded event that decoding reads (`readStream` and `readAll` events both fit). */
export interface StoredRecord {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  data: unknown;
  metadata: unknown;
  position?: Position;
}

/** Servers before 22.6 answer stream reads with this instead of the event's log position. */
const NO_POSITION = 2n ** 64n - 1n;

export const toEventData = (event: Omit<RecordedEvent, 'globalPosition'>): EventData => {
  const metadata: StoredEnvelope = {
    envelope: 1,
    schemaVersion: event.schemaVersion,
    streamRevision: event.streamRevision.toString(),
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    hash: event.hash,
    metadata: event.metadata,
  };
  return jsonEvent({ id: event.id, type: event.type, data: event.data, metadata });
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);

const isEnvelope = (value: unknown): value is StoredEnvelope =>
  isObject(value) &&
  value.envelope === 1 &&
  Number.isInteger(value.schemaVersion) &&
  typeof value.streamRevision === 'string' &&
  /^\d+$/.test(value.streamRevision) &&
  typeof value.recordedAt === 'string' &&
  (value.prevHash === null || typeof value.prevHash === 'string') &&
  typeof value.hash === 'string' &&
  isObject(value.metadata);

const refuse = (code: string, message: string, record: StoredRecord): never => {
  throw new EventStoreError(code, message, { streamId: record.streamId, eventId: record.id, revision: record.revision.toString() });
};

/**
 * Our event back from a KurrentDB record. Refuses rather than guesses: a record this store did not
 * write, or one whose revision at the server no longer matches the one it was hashed with (the
 * stream was deleted and recreated at the server), would otherwise reach projections as history.
 */
export const fromStoredRecord = (record: StoredRecord): RecordedEvent => {
  const envelope = record.metadata;
  if (!isEnvelope(envelope) || !isObject(record.data))
    return refuse('eventstore.unreadable-event', `Event ${record.id} in ${record.streamId} was not written by this store`, record);
  if (BigInt(envelope.streamRevision) !== record.revision)
    return refuse(
      'eventstore.stream-inconsistent',
      `Stream ${record.streamId} was deleted or truncated at the server: revision ${record.revision} holds the event stored as revision ${envelope.streamRevision}`,
      record,
    );
  const commit = record.position?.commit;
  if (commit === undefined || commit === NO_POSITION)
    return refuse(
      'eventstore.position-unavailable',
      `KurrentDB gave no log position for event ${record.id}: this store needs KurrentDB 22.6 or later`,
      record,
    );
  return {
    id: record.id,
    type: record.type,
    schemaVersion: envelope.schemaVersion,
    data: record.data as JsonObject,
    metadata: envelope.metadata,
    streamId: record.streamId,
    streamRevision: record.revision,
    globalPosition: commit,
    recordedAt: envelope.recordedAt,
    prevHash: envelope.prevHash,
    hash: envelope.hash,
  };
};

/** KurrentDB's own and projection-made events (`$>` links, `$metadata`, `$`-streams): not part of our log. */
export const isSystemRecord = (record: Pick<StoredRecord, 'streamId' | 'type'>): boolean =>
  record.streamId.startsWith('$') || record.type.startsWith('$');

export const formatCheckpoint = (position: Position): LogCheckpoint => `${position.commit}:${position.prepare}`;

export const parseCheckpoint = (checkpoint: LogCheckpoint | undefined): Position | undefined => {
  if (checkpoint === undefined) return undefined;
  const match = /^(\d+):(\d+)$/.exec(checkpoint);
  if (!match) throw new EventStoreError('eventstore.invalid-checkpoint', `Not a checkpoint of this store: ${checkpoint}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
};

/** Order in `$all`: by commit position, then prepare position. */
export const comparePositions = (a: Position, b: Position): number => {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
};
