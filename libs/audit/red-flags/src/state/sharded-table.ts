/** 32 branches on each of 3 levels: 32,768 leaves, so a million keys leave about 30 per leaf. */
const BITS = 5;
const FANOUT = 1 << BITS;
const LEVELS = 3;

/** djb2 over the key: spreads keyed hashes and ids alike. */
const hashOf = (key: string): number => {
  let hash = 5381;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 33) + key.charCodeAt(i)) | 0;
  return hash >>> 0;
};

const slotAt = (hash: number, level: number): number => (hash >>> (level * BITS)) & (FANOUT - 1);

/** Key–value pairs: keys as object properties would give every leaf its own hidden class. */
type Leaf<V> = readonly (readonly [string, V])[];
type Branch = readonly (Branch | Leaf<unknown> | null)[];

/**
 * A map for keys counted in millions (every person paid, across all programmes), kept as plain
 * JSON (arrays of 32 and leaves of pairs) so the state can be persisted as it is, and copied on
 * write along one path: a change copies three arrays of 32 and one small leaf, never the table.
 * Copying one flat object of shards instead made each message cost more than the rules did.
 * `__value` is never set: it only keeps tables of different values apart for the type checker.
 */
export type ShardedTable<V> = { readonly root: Branch | null; readonly __value?: V };

export const emptyTable = <V>(): ShardedTable<V> => ({ root: null });

export const tableGet = <V>(table: ShardedTable<V>, key: string): V | undefined => {
  const hash = hashOf(key);
  let node: Branch | Leaf<unknown> | null = table.root;
  for (let level = 0; level < LEVELS && node !== null; level += 1) node = (node as Branch)[slotAt(hash, level)];
  if (node === null) return undefined;
  for (const [candidate, value] of node as Leaf<V>) if (candidate === key) return value;
  return undefined;
};

const setIn = <V>(
  node: Branch | Leaf<unknown> | null,
  hash: number,
  level: number,
  key: string,
  value: V | undefined,
): Branch | Leaf<unknown> => {
  if (level === LEVELS) {
    const leaf = node === null ? [] : (node as Leaf<unknown>).filter(([candidate]) => candidate !== key);
    return value === undefined ? leaf : [...leaf, [key, value] as const];
  }
  const branch = node === null ? new Array<Branch | Leaf<unknown> | null>(FANOUT).fill(null) : (node as Branch).slice();
  const slot = slotAt(hash, level);
  branch[slot] = setIn(branch[slot], hash, level + 1, key, value);
  return branch;
};

/** A table with `key` set to `value` (or removed, for `undefined`); the given one is unchanged. */
export const tableSet = <V>(table: ShardedTable<V>, key: string, value: V | undefined): ShardedTable<V> => ({
  root: setIn(table.root, hashOf(key), 0, key, value) as Branch,
});

/** Every key and value, in no particular order: for a sweep over the whole table, never per message. */
export function* tableEntries<V>(table: ShardedTable<V>): Generator<readonly [string, V]> {
  const walk = function* (node: Branch | Leaf<unknown> | null, level: number): Generator<readonly [string, V]> {
    if (node === null) return;
    if (level === LEVELS) {
      yield* node as Leaf<V>;
      return;
    }
    for (const child of node as Branch) yield* walk(child, level + 1);
  };
  yield* walk(table.root, 0);
}
