const SHARDS = 1024;

/** djb2 over the key: spreads keyed hashes and ids alike. */
const shardOf = (key: string): string => {
  let hash = 5381;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 33) + key.charCodeAt(i)) | 0;
  return String((hash >>> 0) % SHARDS);
};

/**
 * A plain-object map for keys counted in millions (every person paid, across all programmes),
 * copied on write one shard at a time: a change copies the shard index and one shard, never
 * the whole table, and the table stays plain JSON so the state can be persisted as it is.
 */
export type ShardedTable<V> = Readonly<Record<string, Readonly<Record<string, V>>>>;

export const emptyTable = <V>(): ShardedTable<V> => ({});

export const tableGet = <V>(table: ShardedTable<V>, key: string): V | undefined => {
  const shard = table[shardOf(key)];
  return shard !== undefined && Object.prototype.hasOwnProperty.call(shard, key) ? shard[key] : undefined;
};

/** A table with `key` set to `value` (or removed, for `undefined`); the given one is unchanged. */
export const tableSet = <V>(table: ShardedTable<V>, key: string, value: V | undefined): ShardedTable<V> => {
  const name = shardOf(key);
  const shard: Record<string, V> = { ...table[name] };
  if (value === undefined) delete shard[key];
  else shard[key] = value;
  return { ...table, [name]: shard };
};
