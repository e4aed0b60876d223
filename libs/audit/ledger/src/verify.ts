import { nodeHash } from './merkle-hash';

// Verifiers follow RFC 9162 §2.1.3.2 / §2.1.4.2 literally: they walk the proof using only the
// bit patterns of the indices, so a client needs no tree — just sizes, hashes and the proof.
// Indices are halved arithmetically (not with >>) so sizes above 2^31 stay correct.

const isOdd = (x: number): boolean => x % 2 === 1;
const half = (x: number): number => Math.floor(x / 2);
const isSize = (x: number): boolean => Number.isSafeInteger(x) && x >= 0;

/** RFC 9162 §2.1.3.2: does `proof` show `leafHash` at `index` in the tree of `size` with `root`? */
export function verifyInclusion(leafHash: Buffer, index: number, size: number, proof: readonly Buffer[], root: Buffer): boolean {
  if (!isSize(index) || !isSize(size) || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash;
  for (const p of proof) {
    // A proof longer than the path to the root is malformed, not merely wrong.
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      // Skip levels where this node is a lone right-edge node promoted without hashing.
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && r.equals(root);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show the tree of `newSize` (`newRoot`) extends the tree of
 * `oldSize` (`oldRoot`)? Trivial cases, which carry no proof: equal sizes need equal roots;
 * oldSize 0 is extended by every tree, so only the empty-proof shape is checked.
 */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Buffer, newRoot: Buffer, proof: readonly Buffer[]): boolean {
  if (!isSize(oldSize) || !isSize(newSize) || oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;

  // When the old tree is a complete subtree, the RFC omits its hash: the verifier supplies it.
  const path = Number.isInteger(Math.log2(oldSize)) ? [oldRoot, ...proof] : [...proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      // Nodes right of the old tree only feed the new root.
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return fr.equals(oldRoot) && sr.equals(newRoot) && sn === 0;
}
