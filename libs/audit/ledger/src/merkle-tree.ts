import { emptyRoot, leafHash, nodeHash, splitPoint } from './merkle-hash';

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
    return size === 0 ? emptyRoot() : this.subtree(0, size);
  }

  /** RFC 6962 §2.1.1 PATH(index, D[0:size]), ordered leaf-to-root. */
  inclusionProof(index: number, size: number = this.size): Buffer[] {
    this.checkSize(size);
    this.checkIndex(index, size);
    const proof: Buffer[] = [];
    this.path(index, 0, size, proof);
    return proof;
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
    const proof: Buffer[] = [];
    if (oldSize > 0 && oldSize < newSize) this.subproof(oldSize, 0, newSize, true, proof);
    return proof;
  }

  /** MTH(D[start:start+n]) for n >= 1, reading complete subtrees from the table. */
  private subtree(start: number, n: number): Buffer {
    if ((n & (n - 1)) === 0 && n <= 2 ** 30) {
      const h = Math.log2(n);
      return this.levels[h][start / n];
    }
    const k = splitPoint(n);
    return nodeHash(this.subtree(start, k), this.subtree(start + k, n - k));
  }

  // Appends in recursion-unwinding order, which is the order the RFC concatenates in.
  private path(m: number, start: number, n: number, out: Buffer[]): void {
    if (n === 1) return;
    const k = splitPoint(n);
    if (m < k) {
      this.path(m, start, k, out);
      out.push(this.subtree(start + k, n - k));
    } else {
      this.path(m - k, start + k, n - k, out);
      out.push(this.subtree(start, k));
    }
  }

  // `whole` is the RFC's b flag: true while the old tree is still a complete subtree we are
  // inside of, in which case the verifier already knows its hash (the old root) and we omit it.
  private subproof(m: number, start: number, n: number, whole: boolean, out: Buffer[]): void {
    if (m === n) {
      if (!whole) out.push(this.subtree(start, n));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.subproof(m, start, k, whole, out);
      out.push(this.subtree(start + k, n - k));
    } else {
      this.subproof(m - k, start + k, n - k, false, out);
      out.push(this.subtree(start, k));
    }
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
