import { overlapInOrder } from './buckets-in-flight';

/** A promise settled from outside, so a test decides which bucket finishes first. */
const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('buckets in flight', () => {
  it('hands the results on in the buckets’ order when later buckets finish first', async () => {
    const done = [0, 1, 2, 3, 4].map(() => deferred<string>());
    const seen: string[] = [];
    const running = overlapInOrder(
      [0, 1, 2, 3, 4],
      (bucket) => done[bucket].promise,
      (result) => void seen.push(result),
      3,
    );
    done[2].resolve('b2');
    done[1].resolve('b1');
    await settle();
    expect(seen).toEqual([]);
    done[0].resolve('b0');
    await settle();
    done[4].resolve('b4');
    done[3].resolve('b3');
    await running;
    expect(seen).toEqual(['b0', 'b1', 'b2', 'b3', 'b4']);
  });

  it('never has more than the given number of buckets started and not yet handed on', async () => {
    let open = 0;
    let most = 0;
    await overlapInOrder(
      Array.from({ length: 20 }, (_, i) => i),
      async (bucket) => {
        open += 1;
        most = Math.max(most, open);
        await new Promise((resolve) => setTimeout(resolve, (bucket * 7) % 5));
        return bucket;
      },
      () => {
        open -= 1;
      },
      4,
    );
    expect(most).toBe(4);
  });

  it('on a failing bucket starts no more and returns only once the buckets already started have settled', async () => {
    const done = [0, 1, 2].map(() => deferred<number>());
    const started: number[] = [];
    let settled = false;
    const running = overlapInOrder(
      [0, 1, 2, 3, 4, 5],
      (bucket) => {
        started.push(bucket);
        return done[bucket].promise;
      },
      () => undefined,
      3,
    ).catch((error: Error) => {
      settled = true;
      return error.message;
    });
    done[0].reject(new Error('no payee account'));
    await settle();
    expect(settled).toBe(false);
    done[2].resolve(2);
    done[1].resolve(1);
    expect(await running).toBe('no payee account');
    expect(started).toEqual([0, 1, 2]);
  });
});
