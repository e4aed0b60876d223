const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

type Leaf<V> = ReadonlyMap<string, V>;
type Branch<V> = readonly (Leaf<V> | undefined)[];

/** FNV-1a: cheap, stable across runs and processes, good enough to spread ids over 1,024 leaves. */
const hashOf = (key: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
};

/**
 * An immutable map with structural sharing: `with` and `without` return a new map that shares all
 * but one small leaf with the old one. A fund's state holds thousands of members and every
 * contribution changes one of them; copying a whole `Map` per event made replaying one year of
 * a 2,000-member fund take seconds, while this keeps `evolve` pure and replay linear.
 *
 * Two levels of 32 slots (1,024 leaves), each leaf a small `Map`. Iteration follows the hash, not
 * insertion order, but is the same in every process.
 */
export class PersistentMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly branches: readonly (Branch<V> | undefined)[],
    readonly size: number,
  ) {
    Object.freeze(this);
  }

  static empty<V>(): PersistentMap<V> {
    return new PersistentMap<V>([], 0);
  }

  static of<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.with(key, value);
    return map;
  }

  get(key: string): V | undefined {
    const hash = hashOf(key);
    return this.branches[hash & MASK]?.[(hash >>> BITS) & MASK]?.get(key);
  }

  has(key: string): boolean {
    const hash = hashOf(key);
    return this.branches[hash & MASK]?.[(hash >>> BITS) & MASK]?.has(key) ?? false;
  }

  /** A map with `key` set to `value`; this one is unchanged. */
  with(key: string, value: V): PersistentMap<V> {
    return this.replaceLeaf(key, (leaf) => new Map(leaf ?? []).set(key, value));
  }

  /** A map without `key`; this one is unchanged. */
  without(key: string): PersistentMap<V> {
    if (!this.has(key)) return this;
    return this.replaceLeaf(key, (leaf) => {
      const copy = new Map(leaf ?? []);
      copy.delete(key);
      return copy;
    });
  }

  *entries(): MapIterator<[string, V]> {
    for (const branch of this.branches) for (const leaf of branch ?? []) if (leaf !== undefined) yield* leaf.entries();
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  private replaceLeaf(key: string, change: (leaf: Leaf<V> | undefined) => Leaf<V>): PersistentMap<V> {
    const hash = hashOf(key);
    const b = hash & MASK;
    const l = (hash >>> BITS) & MASK;
    const branch = this.branches[b] ?? [];
    const before = branch[l];
    const after = change(before);
    const newBranch = [...branch];
    newBranch[l] = after;
    const branches = [...this.branches];
    branches[b] = newBranch;
    return new PersistentMap<V>(branches, this.size - (before?.size ?? 0) + after.size);
  }
}
