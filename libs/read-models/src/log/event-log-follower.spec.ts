import { InMemoryEventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { testEvent, uniqueStream } from '@kongthun/event-sourcing/testing';
import { EventLogFollower } from './event-log-follower';
import { ReadModelBehindError } from './read-model-behind-error';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('EventLogFollower', () => {
  let store: InMemoryEventStore;
  let follower: EventLogFollower | undefined;
  const seen: number[] = [];
  const numberOf = (event: RecordedEvent) => event.data.n as number;
  const append = (n: number, stream = uniqueStream()) => store.appendToStream(stream, [testEvent(n)], 'any');

  beforeEach(() => {
    store = new InMemoryEventStore();
    seen.length = 0;
  });
  afterEach(() => follower?.stop());

  it('rebuilds from the start of the log before start resolves', async () => {
    for (const n of [1, 2, 3]) await append(n);
    follower = new EventLogFollower(store, { handle: async (event) => void seen.push(numberOf(event)), batchSize: 2 });
    await follower.start();
    expect(seen).toEqual([1, 2, 3]);
  });

  it('lets a read wait until the projection has handled every earlier append', async () => {
    // A slow projection: without waiting, a read right after the append would not see it.
    follower = new EventLogFollower(store, {
      handle: async (event) => {
        await sleep(30);
        seen.push(numberOf(event));
      },
      pollIntervalMs: 10_000,
    });
    await follower.start();
    await append(1);
    await append(2);
    expect(seen).toEqual([]);
    await follower.settled();
    expect(seen).toEqual([1, 2]);
  });

  it('answers at once when nothing was appended since the projection caught up', async () => {
    await append(1);
    follower = new EventLogFollower(store, { handle: async (event) => void seen.push(numberOf(event)) });
    await follower.start();
    let settled = false;
    void follower.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(true);
  });

  it('starts a failed pass again from the event that failed, and readers wait for it', async () => {
    let failures = 1;
    const errors: unknown[] = [];
    follower = new EventLogFollower(store, {
      handle: async (event) => {
        if (numberOf(event) === 2 && failures-- > 0) throw new Error('projection failed once');
        seen.push(numberOf(event));
      },
      restartDelayMs: 20,
      onError: (error) => errors.push(error),
    });
    await follower.start();
    await append(1);
    await append(2);
    await append(3);
    await follower.settled();
    expect(seen).toEqual([1, 2, 3]);
    expect(errors).toHaveLength(1);
  });

  it('fails the start when the rebuild fails, rather than serving half-built read models', async () => {
    await append(1);
    follower = new EventLogFollower(store, {
      handle: async () => {
        throw new Error('bad projection');
      },
    });
    await expect(follower.start()).rejects.toThrow('bad projection');
  });

  it('gives up waiting with ReadModelBehindError when the projection does not catch up', async () => {
    let release = () => undefined as void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    follower = new EventLogFollower(store, { handle: () => stuck });
    await follower.start();
    await append(1);
    await expect(follower.settled(50)).rejects.toBeInstanceOf(ReadModelBehindError);
    release();
  });
});
