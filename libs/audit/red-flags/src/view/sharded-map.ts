import { PersistentMap } from '@kongthun/welfare-domain';

const SHARDS = 1024;

/** djb2, so that shards do not follow the FNV-1a buckets inside each `PersistentMap`. */
const shardOf = (key: string): string => {
  let hash = 5381;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 33) + key.charCodeAt(i)) | 0;
  return String((hash >>> 0) % SHARDS);
};

/**
 * An immutable map for keys counted in millions (every person paid, across all funds). A
 * `PersistentMap` has 1,024 leaves and copies one leaf per change: fine for one fund's members,
 * but a national index would copy thousands of entries per payout and make replay quadratic.
 * Nesting one map per shard keeps each change to two small leaves.
 */
export class ShardedMap<V> {
  private constructor(private readonly shards: PersistentMap<PersistentMap<V>>) {
    Object.freeze(this);
  }

  static empty<V>(): ShardedMap<V> {
    return new ShardedMap<V>(PersistentMap.empty());
  }

  get(key: string): V | undefined {
    return this.shards.get(shardOf(key))?.get(key);
  }

  /** A map with `key` set to `value`; this one is unchanged. */
  with(key: string, value: V): ShardedMap<V> {
    const shard = shardOf(key);
    return new ShardedMap<V>(this.shards.with(shard, (this.shards.get(shard) ?? PersistentMap.empty<V>()).with(key, value)));
  }
}
