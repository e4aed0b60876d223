import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { leafHash } from './merkle-hash';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * An event envelope as it travels in JSON (the Kafka message value, an evidence bundle): the
 * shape of messaging's `EventEnvelopeJson`, restated here so that the ledger and the offline
 * verifier depend on a documented format, not on the producing services' code.
 */
export interface LedgerEvent {
  id: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  /** Decimal string: revisions are 64-bit in the store. */
  streamRevision: string;
  /** The source store's position; not covered by the hash (each store assigns its own). */
  globalPosition?: string;
  recordedAt: string;
  prevHash: string | null;
  /** SHA-256 (hex) the source store computed; checked, never trusted, by the ledger. */
  hash: string;
  data: JsonObject;
  metadata: JsonObject;
}

/**
 * Recomputes an event's hash from its content: SHA-256 over the RFC 8785 canonical JSON of
 * {id, type, schemaVersion, streamId, streamRevision, recordedAt, prevHash, data, metadata}
 * (streamRevision as a decimal string), lower-case hex. The same definition as the event store's
 * `eventHash`, restated so a verifier can audit it without the store's code (a store spec
 * checks the two agree).
 */
export function eventHashOf(event: LedgerEvent): string {
  const text = canonicalize({
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamRevision: event.streamRevision,
    recordedAt: event.recordedAt,
    prevHash: event.prevHash,
    data: event.data,
    metadata: event.metadata,
  });
  if (text === undefined) throw new TypeError(`event ${event.id} has no JSON form`);
  return createHash('sha256').update(text).digest('hex');
}

/**
 * What a ledger leaf holds for an event: the 32 raw bytes of its RECOMPUTED hash. Because that
 * hash covers every field but the source position, whoever holds the full event rebuilds the
 * leaf from it, and a changed byte anywhere changes the leaf. The hash, not the JSON, keeps
 * leaves small and lets a chain of source hashes be matched to leaves directly.
 */
export function eventLeafData(event: LedgerEvent): Buffer {
  return Buffer.from(eventHashOf(event), 'hex');
}

/** RFC 6962 leaf hash of an event: SHA-256(0x00 || eventLeafData(event)). */
export function eventLeafHash(event: LedgerEvent): Buffer {
  return leafHash(eventLeafData(event));
}
