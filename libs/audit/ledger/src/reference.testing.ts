// Test-only fixtures shared by the specs; not exported from index.ts.
import { createHash } from 'node:crypto';
import { leafHash, nodeHash } from './merkle-hash';
import { MerkleTree } from './merkle-tree';

// Reference MTH straight from RFC 6962 §2.1, deliberately naive, so the incremental tree is
// checked against the definition rather than against a second copy of its own logic.
export function mth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

// Deterministic PRNG (mulberry32) so a failure reproduces.
export function rng(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export const MAX = 1000;
export const entry = (i: number, tag = 'entry'): Buffer => Buffer.from(`${tag}-${i}`);
export const hex = (b: Buffer): string => b.toString('hex');
export const unhex = (s: string): Buffer => Buffer.from(s, 'hex');
export const flipBit = (b: Buffer, bit: number): Buffer => {
  const c = Buffer.from(b);
  c[bit >> 3] ^= 1 << (bit & 7);
  return c;
};

// Built once: leaves[i] is the leaf hash of entry i; refRoots[n] is MTH of the first n leaves.
export const leaves = Array.from({ length: MAX }, (_, i) => leafHash(entry(i)));
export const refRoots = Array.from({ length: MAX + 1 }, (_, n) => mth(leaves.slice(0, n)));
export const tree = new MerkleTree();
for (let i = 0; i < MAX; i++) tree.append(entry(i));
export const other = new MerkleTree();
for (let i = 0; i < MAX; i++) other.append(entry(i, 'other'));
