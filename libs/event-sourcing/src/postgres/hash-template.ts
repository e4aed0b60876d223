import { EventToAppend } from '../store/event-envelope';
import { canonicalJson } from '../store/event-hash';

/**
 * The canonical JSON that `eventHash` digests, with the two fields only the database can know
 * left blank: the previous hash and the stream revision. The append function fills them in and
 * digests the text itself, so an append needs no round trip to fetch the stream's last hash.
 *
 * Hash input = head + (prevHash as JSON: `null` or `"<hex>"`) + middle + `"<revision>"` + tail.
 * RFC 8785 sorts object keys, so the order below is fixed: data, id, metadata, prevHash,
 * recordedAt, schemaVersion, streamId, streamRevision, type. hash-template.spec.ts holds this to
 * `eventHash`; a field added to one and not the other fails there.
 */
export interface HashTemplate {
  head: string;
  middle: string;
  tail: string;
}

/** An event's data and metadata as canonical JSON: serialised once, for the size limit, the hash and the row. */
export interface CanonicalParts {
  data: string;
  metadata: string;
}

export const canonicalPartsOf = (event: EventToAppend): CanonicalParts => ({
  data: canonicalJson(event.data),
  metadata: canonicalJson(event.metadata),
});

/** The bytes of `canonicalJson({ data, metadata })`, which the size limit counts, from the parts. */
export const canonicalSizeOf = (parts: CanonicalParts): number =>
  Buffer.byteLength(parts.data) + Buffer.byteLength(parts.metadata) + '{"data":,"metadata":}'.length;

export const hashTemplate = (
  event: EventToAppend,
  streamId: string,
  recordedAt: string,
  parts: CanonicalParts = canonicalPartsOf(event),
): HashTemplate => ({
  head: `{"data":${parts.data},"id":${canonicalJson(event.id)},"metadata":${parts.metadata},"prevHash":`,
  middle: `,"recordedAt":${canonicalJson(recordedAt)},"schemaVersion":${canonicalJson(event.schemaVersion)},"streamId":${canonicalJson(streamId)},"streamRevision":`,
  tail: `,"type":${canonicalJson(event.type)}}`,
});

/** What the append function does with a template, in TypeScript: for the test that holds both to `eventHash`. */
export const fillHashTemplate = (template: HashTemplate, prevHash: string | null, streamRevision: bigint): string =>
  `${template.head}${prevHash === null ? 'null' : `"${prevHash}"`}${template.middle}"${streamRevision}"${template.tail}`;
