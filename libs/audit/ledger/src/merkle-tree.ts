import { consistencyPathFrom, inclusionPathFrom, rootFrom, SubtreeReader } from './complete-subtrees';
import { leafHash, nodeHash } from './merkle-hash';

/**
 * Append-only RFC 6962 Merkle tree held in memory.
 *
 * levels[h][i] is the hash of the complete subtree of 2^h leaves starting at leaf i * 2^h.
 * Every subtree RFC 6962's recursion visits is either such a complete, aligned subtree or is
 * split again, so roots and proofs for ANY past size come out of this table in O(log n)
 * hashes without rebuilding anything — and appends never rewrite stored hashes.
 */
export class MerkleTree {
  private readonly levels: Buffer[][] = [[]];
  private readonly read: SubtreeReader = (level, index) => this.levels[level][index];

  get size(): number {
    return this.levels[0].length;
  }

  /** Appends one entry and returns its leaf index. O(log n). */
  append(leafData: Buffer): number {
    const index = this.size;
    let hash = leafHash(leafData);
    this.levels[0].push(hash);
    // A new complete subtree closes at height h+1 each time level h gains an even count.
    for (let h = 0; this.levels[h].length % 2 === 0; h++) {
      const level = this.levels[h];
      hash = nodeHash(level[level.length - 2], hash);
      if (this.levels.length === h + 1) this.levels.push([]);
      this.levels[h + 1].push(hash);
    }
    return index;
  }

  /** The stored hash of leaf `index` (what verifyInclusion expects as input). */
  leafHash(index: number): Buffer {
    this.checkIndex(index, this.size);
    return this.levels[0][index];
  }

  /** MTH(D[0:size]) — the root the tree had when it held `size` leaves. */
  root(size: number = this.size): Buffer {
    this.checkSize(size);
    return rootFrom(this.read, size);
  }

  /** RFC 6962 §2.1.1 PATH(index, D[0:size]), ordered leaf-to-root. */
  inclusionProof(index: number, size: number = this.size): Buffer[] {
    this.checkSize(size);
    this.checkIndex(index, size);
    return inclusionPathFrom(this.read, index, size);
  }

  /**
   * RFC 6962 §2.1.2 PROOF(oldSize, D[0:newSize]). Empty when oldSize is 0 or equals newSize:
   * the RFC leaves those trivial cases proof-less.
   */
  consistencyProof(oldSize: number, newSize: number = this.size): Buffer[] {
    this.checkSize(newSize);
    if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > newSize) {
      throw new RangeError(`oldSize ${oldSize} must be within 0..${newSize}`);
    }
    return consistencyPathFrom(this.read, oldSize, newSize);
  }

  private checkSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) {
      throw new RangeError(`size ${size} must be within 0..${this.size}`);
    }
  }

  private checkIndex(index: number, size: number): void {
    if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
      throw new RangeError(`index ${index} must be within 0..${size - 1}`);
    }
  }
}
