import { SubtreeAt, SubtreeReader } from './complete-subtrees';
import { emptyRoot, nodeHash } from './merkle-hash';

/** A complete subtree with its hash. */
export interface SubtreeNode extends SubtreeAt {
  hash: Buffer;
}

/**
 * The right edge of a tree of `size` leaves: the complete subtrees `size` decomposes into
 * (one per set bit, largest and leftmost first). That is all an append or the current root
 * needs, so a persisted log loads O(log n) nodes instead of its leaves, and a full verification
 * of 10^8 events streams through in O(log n) memory.
 */
export class MerkleFrontier {
  private constructor(
    private leaves: number,
    private readonly nodes: SubtreeNode[],
  ) {}

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** Which complete subtrees a tree of `size` leaves is made of, largest first. */
  static coordinates(size: number): SubtreeAt[] {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`size ${size} is not a tree size`);
    const out: SubtreeAt[] = [];
    for (let level = Math.floor(Math.log2(size || 1)) + 1; level >= 0; level--) {
      const count = Math.floor(size / 2 ** level);
      if (count % 2 === 1) out.push({ level, index: count - 1 });
    }
    return out;
  }

  /** The frontier of a tree of `size` leaves, read from a table of complete subtrees. */
  static of(size: number, read: SubtreeReader): MerkleFrontier {
    return new MerkleFrontier(
      size,
      MerkleFrontier.coordinates(size).map((at) => ({ ...at, hash: read(at.level, at.index) })),
    );
  }

  get size(): number {
    return this.leaves;
  }

  /**
   * Adds one leaf hash and returns every complete subtree that now exists and did not before
   * (the leaf itself first, then each parent it closed), which is what a store must insert.
   */
  append(leafHash: Buffer): SubtreeNode[] {
    const created: SubtreeNode[] = [{ level: 0, index: this.leaves, hash: leafHash }];
    this.nodes.push(created[0]);
    this.leaves++;
    // Two equal levels at the top of the stack are siblings: their parent is now complete.
    while (this.nodes.length >= 2 && this.nodes[this.nodes.length - 2].level === this.nodes[this.nodes.length - 1].level) {
      const right = this.nodes.pop() as SubtreeNode;
      const left = this.nodes.pop() as SubtreeNode;
      const parent = { level: left.level + 1, index: left.index / 2, hash: nodeHash(left.hash, right.hash) };
      this.nodes.push(parent);
      created.push(parent);
    }
    return created;
  }

  /** MTH of every leaf appended so far: fold the edge from the smallest subtree leftwards. */
  root(): Buffer {
    if (this.nodes.length === 0) return emptyRoot();
    let hash = this.nodes[this.nodes.length - 1].hash;
    for (let i = this.nodes.length - 2; i >= 0; i--) hash = nodeHash(this.nodes[i].hash, hash);
    return hash;
  }
}
