import { v7 as uuidv7 } from 'uuid';
import { createHash } from 'node:crypto';
import { EventToAppend } from '../store/event-envelope';
import { canonicalJson, eventHash } from '../store/event-hash';
import { canonicalParts, canonicalPartsBytes, fillHashTemplate, hashTemplate } from './hash-template';

/** Data that canonical JSON treats specially: key order, escapes, non-ASCII, number forms. */
const awkward = (): EventToAppend => ({
  id: uuidv7(),
  type: 'welfare.claim.approved',
  schemaVersion: 3,
  data: {
    zeta: 'ค่ารักษาพยาบาล 🏥',
    alpha: { b: [1, 2.5, -0, 1e21, 0.000001], a: 'quote " backslash \\ newline \n tab \t nul \u0000' },
    '€uro': null,
    '\u00e9': true,
    Z: false,
  },
  metadata: { actor: { userId: 'สมชาย', role: 'treasurer' }, correlationId: uuidv7(), causationId: null, extra: { y: 1, x: 2 } },
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the hash template', () => {
  const recordedAt = '2026-11-27T11:00:00.123Z';
  const prevHash = 'ab'.repeat(32);

  it.each([
    ['the first event of a stream', null, 0n],
    ['a later event', prevHash, 41n],
    ['a revision past 2^53', prevHash, 9007199254740993n],
  ])('filled in for %s, is the canonical JSON eventHash digests', (_name, prev, revision) => {
    const event = awkward();
    const stream = 'fund-ขอนแก่น-"1"';
    const filled = fillHashTemplate(hashTemplate(event, stream, recordedAt), prev, revision);
    const fields = { ...event, streamId: stream, streamRevision: revision, recordedAt, prevHash: prev };
    expect(filled).toBe(canonicalJson({ ...fields, streamRevision: revision.toString() }));
    expect(sha256(filled)).toBe(eventHash(fields));
  });

  it('differs when any hashed field differs, so no field is left out of it', () => {
    const event = awkward();
    const base = fillHashTemplate(hashTemplate(event, 's', recordedAt), null, 0n);
    const variants = [
      hashTemplate({ ...event, id: uuidv7() }, 's', recordedAt),
      hashTemplate({ ...event, type: 'welfare.claim.rejected' }, 's', recordedAt),
      hashTemplate({ ...event, schemaVersion: 4 }, 's', recordedAt),
      hashTemplate({ ...event, data: { ...event.data, Z: true } }, 's', recordedAt),
      hashTemplate({ ...event, metadata: { ...event.metadata, causationId: uuidv7() } }, 's', recordedAt),
      hashTemplate(event, 't', recordedAt),
      hashTemplate(event, 's', '2026-11-27T11:00:00.124Z'),
    ].map((template) => fillHashTemplate(template, null, 0n));
    expect(new Set([base, ...variants]).size).toBe(variants.length + 1);
  });

  it('measures from its parts the bytes the size limit counts: the canonical JSON of data and metadata', () => {
    const event = awkward();
    expect(canonicalPartsBytes(canonicalParts(event))).toBe(
      Buffer.byteLength(canonicalJson({ data: event.data, metadata: event.metadata })),
    );
  });
});
