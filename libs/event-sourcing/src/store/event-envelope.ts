import { JsonObject } from './json';

/** Who did it: the authenticated user and the role they acted in. */
export type Actor = { userId: string; role: string };

/** Metadata every event carries (ARCHITECTURE rule 2). */
export type EventMetadata = {
  actor: Actor;
  correlationId: string;
  causationId: string | null;
} & JsonObject;

/** An event as a command handler hands it to the store. */
export interface EventToAppend {
  /** UUIDv7, made by the caller so that a retried request can carry the same id. */
  id: string;
  /** `<context>.<thing>.<past-tense-verb>`, e.g. `welfare.claim.approved`; never a class name. */
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
}

/**
 * An event as the store keeps it: immutable, hash-chained within its stream.
 * `hash` covers every field but `globalPosition`, which each store assigns its own way.
 */
export interface RecordedEvent extends EventToAppend {
  streamId: string;
  /** 0 for the first event of a stream, without gaps. */
  streamRevision: bigint;
  /** Unique, increasing in the order events are appended; readers follow `LogEntry.checkpoint`. */
  globalPosition: bigint;
  /** UTC ISO-8601 with milliseconds, stamped by the store. */
  recordedAt: string;
  /** Hash of the previous event of the stream; null for revision 0. */
  prevHash: string | null;
  hash: string;
}

/**
 * An opaque, storable place in the global log. Each adapter encodes its own (PostgreSQL: the
 * writing transaction and the position; KurrentDB: commit and prepare positions).
 */
export type LogCheckpoint = string;

export interface LogEntry {
  event: RecordedEvent;
  /** Read the log `after` this to continue just past this event. */
  checkpoint: LogCheckpoint;
}
