import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { eventHashOf, LedgerEvent } from '@kongthun/audit-ledger';
import { benchEvent } from '../eventstore/workload';

/**
 * `count` events as the audit service receives them (JSON envelopes), spread round-robin over
 * `streams` hash chains, with the event-store bench's payload (~350 B data, ~130 B metadata).
 * Made before any timing.
 */
export function ledgerEvents(count: number, streams: number): LedgerEvent[] {
  const last = new Map<number, LedgerEvent>();
  const recordedAt = new Date().toISOString();
  const out: LedgerEvent[] = [];
  for (let i = 0; i < count; i++) {
    const s = i % streams;
    const prev = last.get(s);
    const unhashed: LedgerEvent = {
      ...benchEvent(i),
      streamId: `bench-fund-${s.toString().padStart(5, '0')}`,
      streamRevision: prev ? String(Number(prev.streamRevision) + 1) : '0',
      globalPosition: String(i + 1),
      recordedAt,
      prevHash: prev?.hash ?? null,
      hash: '',
    };
    const event = { ...unhashed, hash: eventHashOf(unhashed) };
    last.set(s, event);
    out.push(event);
  }
  return out;
}

/** The bytes an event's hash is taken over (its canonical JSON): what the node:crypto baseline hashes. */
export const hashedBytes = (e: LedgerEvent): Buffer =>
  Buffer.from(
    canonicalize({
      id: e.id,
      type: e.type,
      schemaVersion: e.schemaVersion,
      streamId: e.streamId,
      streamRevision: e.streamRevision,
      recordedAt: e.recordedAt,
      prevHash: e.prevHash,
      data: e.data,
      metadata: e.metadata,
    }) as string,
  );

const LEAF = Buffer.from([0]);

/**
 * The baseline every event figure is set against: node:crypto alone over the same bytes, i.e. the
 * event's canonical JSON hashed and that hash hashed into a leaf, nothing else (no
 * canonicalization, no tree, no SQL). Returns events/s.
 */
export function hashingBaseline(bytes: readonly Buffer[]): number {
  const started = performance.now();
  let sink = 0;
  for (const b of bytes) {
    const h = createHash('sha256').update(b).digest();
    sink ^= createHash('sha256').update(LEAF).update(h).digest()[0];
  }
  const seconds = (performance.now() - started) / 1000;
  if (sink === 256) console.log('unreachable'); // keeps the loop observable
  return bytes.length / seconds;
}

/** Deterministic pseudo-random indices below `n`, the same each run. */
export function sampleIndices(count: number, n: number, seed = 1): number[] {
  let a = seed;
  return Array.from({ length: count }, () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a % n;
  });
}
