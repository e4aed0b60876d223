import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { RecordedEvent } from './event-envelope';

/** The fields an event's hash covers, in RFC 8785 canonical JSON so any language can recompute it. */
export type HashedFields = Omit<RecordedEvent, 'globalPosition' | 'hash'>;

export const canonicalJson = (value: unknown): string => {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
};

export const eventHash = (event: HashedFields): string =>
  createHash('sha256')
    .update(
      canonicalJson({
        id: event.id,
        type: event.type,
        schemaVersion: event.schemaVersion,
        streamId: event.streamId,
        streamRevision: event.streamRevision.toString(),
        recordedAt: event.recordedAt,
        prevHash: event.prevHash,
        data: event.data,
        metadata: event.metadata,
      }),
    )
    .digest('hex');

/** A link of a stream's hash chain that does not hold, or null when the whole chain holds. */
export interface ChainBreak {
  streamId: string;
  streamRevision: bigint;
  problem: 'revision-gap' | 'prev-hash-mismatch' | 'hash-mismatch';
}

/** Checks one stream's events, in revision order, against their own hashes and each other. */
export const verifyChain = (events: readonly RecordedEvent[]): ChainBreak | null => {
  let previous: RecordedEvent | undefined;
  for (const event of events) {
    const expectedRevision = previous ? previous.streamRevision + 1n : 0n;
    const at = { streamId: event.streamId, streamRevision: event.streamRevision };
    if (event.streamRevision !== expectedRevision) return { ...at, problem: 'revision-gap' };
    if (event.prevHash !== (previous?.hash ?? null)) return { ...at, problem: 'prev-hash-mismatch' };
    if (eventHash(event) !== event.hash) return { ...at, problem: 'hash-mismatch' };
    previous = event;
  }
  return null;
};
