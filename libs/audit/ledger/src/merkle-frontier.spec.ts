import { subtreesNeeded, inclusionPathFrom, rootFrom } from './complete-subtrees';
import { MerkleFrontier } from './merkle-frontier';
import { MAX, hex, leaves, mth, refRoots } from './reference.testing';

// Complete subtree (level, index) straight from the RFC definition, independent of the frontier.
const treeNode = (level: number, index: number): Buffer => mth(leaves.slice(index * 2 ** level, (index + 1) * 2 ** level));

describe('MerkleFrontier', () => {
  it('root equals the reference MTH at every size 0..1000 while appending', () => {
    const f = MerkleFrontier.empty();
    expect(hex(f.root())).toBe(hex(refRoots[0]));
    for (let n = 1; n <= MAX; n++) {
      f.append(leaves[n - 1]);
      if (!f.root().equals(refRoots[n])) throw new Error(`frontier root mismatch at size ${n}`);
    }
    expect(f.size).toBe(MAX);
  });

  it('reports every complete subtree exactly once, with the hash the reference gives it', () => {
    const f = MerkleFrontier.empty();
    const created = new Map<string, Buffer>();
    for (let i = 0; i < 300; i++) {
      for (const node of f.append(leaves[i])) {
        const key = `${node.level}:${node.index}`;
        if (created.has(key)) throw new Error(`${key} created twice`);
        created.set(key, node.hash);
      }
    }
    // 300 leaves + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1 complete subtrees above them.
    expect(created.size).toBe(300 + 150 + 75 + 37 + 18 + 9 + 4 + 2 + 1);
    for (const [key, hash] of created) {
      const [level, index] = key.split(':').map(Number);
      expect(hex(hash)).toBe(hex(treeNode(level, index)));
    }
  });

  it('resumes from the subtrees a table holds: the same roots as appending from scratch', () => {
    for (const size of [0, 1, 2, 3, 7, 8, 9, 255, 256, 600]) {
      const f = MerkleFrontier.of(size, treeNode);
      expect(hex(f.root())).toBe(hex(refRoots[size]));
      for (let i = size; i < size + 50; i++) f.append(leaves[i]);
      expect(hex(f.root())).toBe(hex(refRoots[size + 50]));
    }
  });

  it('coordinates are the set bits of the size, largest first', () => {
    expect(MerkleFrontier.coordinates(0)).toEqual([]);
    expect(MerkleFrontier.coordinates(6)).toEqual([
      { level: 2, index: 0 },
      { level: 1, index: 2 },
    ]);
    expect(MerkleFrontier.coordinates(2 ** 40 + 1)).toEqual([
      { level: 40, index: 0 },
      { level: 0, index: 2 ** 40 },
    ]);
    expect(() => MerkleFrontier.coordinates(-1)).toThrow(RangeError);
  });
});

describe('subtreesNeeded', () => {
  it('names exactly the nodes a proof reads, O(log n) of them', () => {
    const needed = subtreesNeeded((read) => inclusionPathFrom(read, 5, 1000));
    const reads: string[] = [];
    inclusionPathFrom((level, index) => (reads.push(`${level}:${index}`), treeNode(level, index)), 5, 1000);
    expect(needed.map((n) => `${n.level}:${n.index}`).sort()).toEqual([...new Set(reads)].sort());
    expect(needed.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(1000)));
    expect(subtreesNeeded((read) => rootFrom(read, 2 ** 50 + 3)).length).toBe(3);
  });
});
