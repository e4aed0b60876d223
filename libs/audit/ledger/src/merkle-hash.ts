import { createHash } from 'node:crypto';

// RFC 6962 §2.1 domain-separates leaves from interior nodes with a one-byte prefix,
// so a leaf can never be passed off as an internal node (second-preimage resistance).
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** Hash of one log entry: SHA-256(0x00 || data). */
export function leafHash(data: Buffer): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** Hash of an interior node: SHA-256(0x01 || left || right). */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** MTH({}) is SHA-256 of the empty string, per RFC 6962 §2.1 (not a leaf hash of nothing). */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

/**
 * Largest power of two strictly less than n (n >= 2): RFC 6962's split point `k`.
 * Arithmetic, not bit shifts, so sizes beyond 2^31 stay correct.
 */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}
