import { emptyRoot, nodeHash, splitPoint } from './merkle-hash';

/**
 * The hash of the complete, aligned subtree of 2^level leaves starting at leaf index * 2^level
 * (level 0: the leaf hashes). Such nodes never change once their last leaf is appended, which is
 * why a table of them — in memory or in SQL — answers for every past tree size.
 */
export type SubtreeReader = (level: number, index: number) => Buffer;

/** Coordinates of one complete subtree in a SubtreeReader's table. */
export interface SubtreeAt {
  level: number;
  index: number;
}

/** Exact for every safe integer, unlike `n & (n - 1)` (32-bit) or Math.log2 alone (rounds near 2^52). */
const completeLevel = (n: number): number | undefined => {
  const h = Math.round(Math.log2(n));
  return 2 ** h === n ? h : undefined;
};

/** MTH(D[start:start+n]) for n >= 1. */
export function subtreeHash(read: SubtreeReader, start: number, n: number): Buffer {
  const h = completeLevel(n);
  if (h !== undefined) return read(h, start / n);
  const k = splitPoint(n);
  return nodeHash(subtreeHash(read, start, k), subtreeHash(read, start + k, n - k));
}

/** MTH(D[0:size]); the caller checks that `size` leaves exist. */
export function rootFrom(read: SubtreeReader, size: number): Buffer {
  return size === 0 ? emptyRoot() : subtreeHash(read, 0, size);
}

/** RFC 6962 §2.1.1 PATH(index, D[0:size]), leaf-to-root; the caller checks the range. */
export function inclusionPathFrom(read: SubtreeReader, index: number, size: number): Buffer[] {
  const out: Buffer[] = [];
  // Pushed while the recursion unwinds, which is the order the RFC concatenates in.
  const path = (m: number, start: number, n: number): void => {
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      path(m, start, k);
      out.push(subtreeHash(read, start + k, n - k));
    } else {
      path(m - k, start + k, n - k);
      out.push(subtreeHash(read, start, k));
    }
  };
  path(index, 0, size);
  return out;
}

/**
 * RFC 6962 §2.1.2 PROOF(oldSize, D[0:newSize]); empty when oldSize is 0 or equals newSize,
 * the trivial cases the RFC leaves proof-less. The caller checks 0 <= oldSize <= newSize.
 */
export function consistencyPathFrom(read: SubtreeReader, oldSize: number, newSize: number): Buffer[] {
  const out: Buffer[] = [];
  // `whole` is the RFC's b flag: true while the old tree is still a complete subtree we are
  // inside of, in which case the verifier already knows its hash (the old root) and we omit it.
  const subproof = (m: number, start: number, n: number, whole: boolean): void => {
    if (m === n) {
      if (!whole) out.push(subtreeHash(read, start, n));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      subproof(m, start, k, whole);
      out.push(subtreeHash(read, start + k, n - k));
    } else {
      subproof(m - k, start + k, n - k, false);
      out.push(subtreeHash(read, start, k));
    }
  };
  if (oldSize > 0 && oldSize < newSize) subproof(oldSize, 0, newSize, true);
  return out;
}

const PLACEHOLDER = Buffer.alloc(32);

/**
 * The complete subtrees a computation reads, found by running it once on placeholders: which
 * nodes the recursions visit depends only on sizes and indices, never on hash values. A store
 * fetches exactly these (O(log n)) in one query, then runs the computation for real.
 */
export function subtreesNeeded(compute: (read: SubtreeReader) => unknown): SubtreeAt[] {
  const seen = new Map<string, SubtreeAt>();
  compute((level, index) => {
    seen.set(`${level}:${index}`, { level, index });
    return PLACEHOLDER;
  });
  return [...seen.values()];
}
