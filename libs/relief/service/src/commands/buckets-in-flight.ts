/**
 * Buckets worked on at once by a bulk step. One bucket at a time leaves the database idle while
 * Node folds and decides, and Node idle while the database reads and appends; a few in flight
 * overlap the two (on separate cores), and memory still holds only a few buckets (~1,000
 * households each). Within the `pg` pool of the apps (10) and of the bench (4).
 */
export const BUCKETS_IN_FLIGHT = 4;

/** The buckets `0 … count - 1`, in order. */
export function* bucketRange(count: number): Generator<number> {
  for (let bucket = 0; bucket < count; bucket++) yield bucket;
}

/**
 * `work` on each item with up to `inFlight` running at once (each on its own bucket stream, so they
 * never contend), and `then` on each result in the items' order, so what a step writes or counts
 * comes out as it would one bucket at a time. On a failure nothing new starts, and the call returns
 * (throwing) only once the work already started has settled: nothing is written after it returns.
 */
export const overlapInOrder = async <Item, Result>(
  items: Iterable<Item>,
  work: (item: Item) => Promise<Result>,
  then: (result: Result, item: Item) => Promise<void> | void = () => undefined,
  inFlight = BUCKETS_IN_FLIGHT,
): Promise<void> => {
  const pending: { item: Item; result: Promise<Result> }[] = [];
  const next = async () => {
    const { item, result } = pending.shift() as (typeof pending)[number];
    await then(await result, item);
  };
  try {
    for (const item of items) {
      const result = work(item);
      // Handled here so a later bucket failing while an earlier one is awaited is not an unhandled rejection; awaited in turn below.
      result.catch(() => undefined);
      pending.push({ item, result });
      if (pending.length >= inFlight) await next();
    }
    while (pending.length > 0) await next();
  } finally {
    await Promise.allSettled(pending.map(({ result }) => result));
  }
};
