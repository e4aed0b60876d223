import { EventToAppend, RecordedEvent } from './event-envelope';
import { EventStoreError } from './event-store-error';
import { canonicalJson, eventHash } from './event-hash';

/** `<context>.<thing>.<past-tense-verb>`: lower-case dotted words, at least three. */
const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** 1 MiB of canonical JSON per event: evidence files belong in a document store, referenced by id. */
export const DEFAULT_MAX_EVENT_BYTES = 1024 * 1024;

const refuse = (code: string, message: string, details: Record<string, string> = {}): never => {
  throw new EventStoreError(code, message, details);
};

/** The size the limit applies to: the canonical JSON of the event's data and metadata, in bytes. */
const canonicalSize = (event: EventToAppend): number => Buffer.byteLength(canonicalJson({ data: event.data, metadata: event.metadata }));

/**
 * Refuses an append that no store may accept, before anything is written. `sizeOf` measures an
 * event once its other checks pass: a store that serialises the event anyway measures that text
 * rather than serialising it twice.
 */
export const checkAppend = (
  streamId: string,
  events: readonly EventToAppend[],
  maxEventBytes: number,
  sizeOf: (event: EventToAppend, index: number) => number = canonicalSize,
): void => {
  if (!streamId || streamId.length > 200) refuse('eventstore.invalid-stream-id', 'Stream id must be 1–200 characters');
  if (events.length === 0) refuse('eventstore.empty-append', `Nothing to append to ${streamId}`, { streamId });
  const ids = new Set<string>();
  for (const [index, event] of events.entries()) {
    if (!UUID.test(event.id)) refuse('eventstore.invalid-event-id', `Event id ${event.id} is not a UUID`, { eventId: String(event.id) });
    if (ids.has(event.id))
      refuse('eventstore.duplicate-event-id', `Event id ${event.id} appears twice in one append`, { eventId: event.id });
    ids.add(event.id);
    if (!EVENT_TYPE.test(event.type))
      refuse('eventstore.invalid-event-type', `Event type "${event.type}" is not <context>.<thing>.<past-tense-verb>`, {
        type: String(event.type),
      });
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1)
      refuse('eventstore.invalid-schema-version', `Schema version of ${event.type} must be a positive integer`);
    if (!event.metadata?.actor?.userId || !event.metadata.correlationId)
      refuse('eventstore.missing-metadata', `Event ${event.id} lacks its actor or correlation id`, { eventId: event.id });
    const size = sizeOf(event, index);
    if (size > maxEventBytes)
      refuse('eventstore.event-too-large', `Event ${event.id} is ${size} bytes; the limit is ${maxEventBytes}`, {
        eventId: event.id,
        size: String(size),
        limit: String(maxEventBytes),
      });
  }
};

/** Stamps revisions, time and the hash chain onto events about to follow `lastHash` at `lastRevision`. */
export const chainEvents = (
  streamId: string,
  events: readonly EventToAppend[],
  lastRevision: bigint,
  lastHash: string | null,
  recordedAt: string,
): Omit<RecordedEvent, 'globalPosition'>[] => {
  let prevHash = lastHash;
  return events.map((event, index) => {
    const unhashed = { ...event, streamId, streamRevision: lastRevision + 1n + BigInt(index), recordedAt, prevHash };
    const hash = eventHash(unhashed);
    prevHash = hash;
    return { ...unhashed, hash };
  });
};
