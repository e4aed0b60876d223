import { verifyConsistency, verifyInclusion } from './verify';
import { MAX, flipBit, leaves, other, refRoots, rng, tree } from './reference.testing';

describe('verifiers reject what they should', () => {
  const pick = rng(3);
  const sizes = [...Array(64).keys()].map((i) => i + 1).concat([100, 127, 128, 129, 255, 256, 257, 511, 777, 1000]);

  it('inclusion: another tree root, any flipped bit, wrong index, wrong size, bad length', () => {
    for (const n of sizes) {
      const indices = n <= 64 ? [...Array(n).keys()] : [0, n - 1, pick(n), pick(n)];
      for (const i of indices) {
        const proof = tree.inclusionProof(i, n);
        const ok = (p: Buffer[], idx = i, size = n, root = refRoots[n], leaf = leaves[i]) => verifyInclusion(leaf, idx, size, p, root);
        const fail = (cond: boolean, what: string) => {
          if (cond) throw new Error(`inclusion ${i}/${n} accepted ${what}`);
        };
        fail(ok(proof, i, n, other.root(n)), "another tree's root");
        proof.forEach((_, e) => {
          const bit = pick(256);
          fail(ok(proof.map((p, j) => (j === e ? flipBit(p, bit) : p))), `bit ${bit} flipped in element ${e}`);
        });
        fail(ok(proof, i, n, refRoots[n], flipBit(leaves[i], pick(256))), 'a flipped leaf hash');
        if (n > 1) {
          fail(ok(proof, (i + 1) % n), 'index + 1');
          fail(ok(proof, i ^ 1), 'index ^ 1');
          fail(ok(proof.slice(0, -1)), 'a truncated proof');
        }
        fail(ok(proof, n), 'index == size');
        // (n < MAX: refRoots[MAX + 1] is undefined and would fall back to the default root.)
        if (n < MAX) fail(ok(proof, i, n + 1, refRoots[n + 1]), 'size + 1');
        fail(ok([...proof, leaves[0]]), 'an extended proof');
      }
    }
  });

  it('consistency: another tree root, any flipped bit, wrong sizes, bad length', () => {
    for (const n of sizes) {
      const olds = n <= 64 ? [...Array(n).keys()].map((m) => m + 1) : [1, n - 1, 1 + pick(n), 1 + pick(n)];
      for (const m of olds) {
        const proof = tree.consistencyProof(m, n);
        const ok = (p: Buffer[], a = m, b = n, ra = refRoots[m], rb = refRoots[n]) => verifyConsistency(a, b, ra, rb, p);
        const fail = (cond: boolean, what: string) => {
          if (cond) throw new Error(`consistency ${m}->${n} accepted ${what}`);
        };
        fail(ok(proof, m, n, other.root(m), refRoots[n]), "another tree's old root");
        fail(ok(proof, m, n, refRoots[m], other.root(n)), "another tree's new root");
        proof.forEach((_, e) => {
          const bit = pick(256);
          fail(ok(proof.map((p, j) => (j === e ? flipBit(p, bit) : p))), `bit ${bit} flipped in element ${e}`);
        });
        if (m < n) {
          fail(ok(proof.slice(0, -1)), 'a truncated proof');
          fail(ok([...proof, leaves[0]]), 'an extended proof');
          if (m > 1) fail(ok(proof, m - 1, n, refRoots[m - 1]), 'oldSize - 1');
          if (n < MAX) fail(ok(proof, m, n + 1, refRoots[m], refRoots[n + 1]), 'newSize + 1');
        }
        if (n < MAX) fail(ok(proof, n + 1, n, refRoots[n + 1], refRoots[n]), 'oldSize > newSize');
      }
    }
  });

  it('out-of-range arguments throw at the tree', () => {
    expect(() => tree.root(MAX + 1)).toThrow(RangeError);
    expect(() => tree.inclusionProof(5, 5)).toThrow(RangeError);
    expect(() => tree.consistencyProof(6, 5)).toThrow(RangeError);
    expect(tree.consistencyProof(0, 5)).toEqual([]);
    expect(tree.consistencyProof(5, 5)).toEqual([]);
  });
});
