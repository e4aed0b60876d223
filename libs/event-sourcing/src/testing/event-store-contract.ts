import { CatchUpSubscription } from '../store/catch-up-subscription';
import { LogEntry } from '../store/event-envelope';
import { EventStore } from '../store/event-store';
import { EventStoreError, isWrongExpectedRevision } from '../store/event-store-error';
import { verifyChain } from '../store/event-hash';
import { testEvent, testEvents, uniqueStream } from './test-events';

/** What an engine offers the contract besides the port: ways around it, to prove it refuses them. */
export interface EventStoreEngine {
  open(): Promise<EventStore>;
  /** Tries to change or remove a stored event behind the store's back; must reject. Absent where the engine cannot refuse. */
  tamper?: { update(eventId: string): Promise<unknown>; delete(eventId: string): Promise<unknown>; truncate(): Promise<unknown> };
  /**
   * Why this engine cannot refuse an event id already stored in another stream, if it cannot
   * (KurrentDB checks ids only within a stream). The case is then skipped under that reason.
   */
  eventIdsUniqueOnlyPerStream?: string;
}

const drainAll = async (store: EventStore, after?: string): Promise<LogEntry[]> => {
  const entries: LogEntry[] = [];
  for (;;) {
    const batch = await store.readAll({ after: entries.length ? entries[entries.length - 1].checkpoint : after, maxCount: 250 });
    entries.push(...batch);
    if (batch.length < 250) return entries;
  }
};

const expectRefusal = async (attempt: Promise<unknown>, code: string): Promise<void> => {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EventStoreError);
  expect((error as EventStoreError).code).toBe(code);
};

/** The one suite every EventStore adapter must pass. */
export const eventStoreContract = (engine: EventStoreEngine): void => {
  let store: EventStore;
  beforeAll(async () => {
    store = await engine.open();
  });
  afterAll(async () => {
    await store?.close();
  });

  describe('appending and reading a stream', () => {
    it('a new stream starts at revision 0 and reads back in order with every field', async () => {
      const stream = uniqueStream();
      const events = testEvents(3);
      const result = await store.appendToStream(stream, events, 'no-stream');
      expect(result.nextExpectedRevision).toBe(2n);
      const read = await store.readStream(stream);
      expect(read.map((e) => e.streamRevision)).toEqual([0n, 1n, 2n]);
      expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
      expect(read[1]).toMatchObject({
        type: 'test.thing.happened',
        schemaVersion: 1,
        streamId: stream,
        data: { n: 1, amount: '1.50' },
        metadata: events[1].metadata,
      });
      expect(read).toEqual(result.events);
      expect(new Date(read[0].recordedAt).toISOString()).toBe(read[0].recordedAt);
    });

    it('reads from a revision and at most a count', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, testEvents(10), 'no-stream');
      const read = await store.readStream(stream, { fromRevision: 4n, maxCount: 3 });
      expect(read.map((e) => e.data.n)).toEqual([4, 5, 6]);
      expect(await store.readStream(uniqueStream('absent'))).toEqual([]);
    });

    it('chains each event to the previous one of its stream, across appends', async () => {
      const stream = uniqueStream();
      const first = await store.appendToStream(stream, testEvents(2), 'no-stream');
      await store.appendToStream(stream, testEvents(2, 2), first.nextExpectedRevision);
      await store.appendToStream(stream, testEvents(1, 4), 'any');
      const read = await store.readStream(stream);
      expect(read[0].prevHash).toBeNull();
      expect(read[3].prevHash).toBe(read[2].hash);
      expect(verifyChain(read)).toBeNull();
      const altered = read.map((e, i) => (i === 3 ? { ...e, data: { ...e.data, amount: '999.00' } } : e));
      expect(verifyChain(altered)).toEqual({ streamId: stream, streamRevision: 3n, problem: 'hash-mismatch' });
    });
  });

  describe('expected revision', () => {
    it('refuses no-stream on an existing stream and a stale revision, writing nothing', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, testEvents(2), 'no-stream');
      const stale = store.appendToStream(stream, [testEvent(9)], 0n);
      await expectRefusal(stale, 'eventstore.wrong-expected-revision');
      await expectRefusal(store.appendToStream(stream, [testEvent(9)], 'no-stream'), 'eventstore.wrong-expected-revision');
      await expectRefusal(store.appendToStream(uniqueStream(), [testEvent(9)], 0n), 'eventstore.wrong-expected-revision');
      expect((await store.readStream(stream)).map((e) => e.data.n)).toEqual([0, 1]);
    });

    it('lets exactly one of many parallel writers with the same expectation win', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, testEvents(1), 'no-stream');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => store.appendToStream(stream, [testEvent(100 + i)], 0n)),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected' && isWrongExpectedRevision(o.reason))).toHaveLength(11);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('parallel writers retrying on conflict leave a gapless, unbroken stream', async () => {
      const stream = uniqueStream();
      const writer = async (w: number) => {
        for (let k = 0; k < 5; k++) {
          for (;;) {
            const current = await store.readStream(stream);
            const expected = current.length === 0 ? 'no-stream' : current[current.length - 1].streamRevision;
            try {
              await store.appendToStream(stream, [testEvent(w * 100 + k)], expected);
              break;
            } catch (error) {
              if (!isWrongExpectedRevision(error)) throw error;
            }
          }
        }
      };
      await Promise.all(Array.from({ length: 6 }, (_, w) => writer(w)));
      const read = await store.readStream(stream);
      expect(read).toHaveLength(30);
      expect(verifyChain(read)).toBeNull();
    });
  });

  describe('bad input', () => {
    it.each([
      ['an empty event list', () => [], 'eventstore.empty-append'],
      ['a type that is not context.thing.verb', () => [testEvent(1, { type: 'ClaimApproved' })], 'eventstore.invalid-event-type'],
      ['an id that is not a UUID', () => [testEvent(1, { id: 'claim-1' })], 'eventstore.invalid-event-id'],
      ['a schema version of 0', () => [testEvent(1, { schemaVersion: 0 })], 'eventstore.invalid-schema-version'],
      ['an event over the size limit', () => [testEvent(1, { data: { blob: 'x'.repeat(1024 * 1024 + 1) } })], 'eventstore.event-too-large'],
      [
        'the same event id twice',
        () => {
          const e = testEvent(1);
          return [e, e];
        },
        'eventstore.duplicate-event-id',
      ],
    ])('refuses %s and writes nothing', async (_name, events, code) => {
      const stream = uniqueStream();
      await expectRefusal(store.appendToStream(stream, events(), 'any'), code);
      expect(await store.readStream(stream)).toEqual([]);
    });

    (engine.eventIdsUniqueOnlyPerStream ? it.skip : it)(
      `refuses an event id that is already stored${engine.eventIdsUniqueOnlyPerStream ? ` (not on this engine: ${engine.eventIdsUniqueOnlyPerStream})` : ''}`,
      async () => {
        const event = testEvent(1);
        await store.appendToStream(uniqueStream(), [event], 'no-stream');
        const again = uniqueStream();
        await expectRefusal(store.appendToStream(again, [event], 'no-stream'), 'eventstore.duplicate-event-id');
        expect(await store.readStream(again)).toEqual([]);
      },
    );
  });

  describe('the global log', () => {
    it('holds every event once, each stream in revision order, under concurrent appends to many streams', async () => {
      const before = await drainAll(store);
      const streams = Array.from({ length: 40 }, () => uniqueStream('log'));
      await Promise.all(
        streams.map(async (stream) => {
          let expected: bigint | 'no-stream' = 'no-stream';
          for (let k = 0; k < 5; k++) expected = (await store.appendToStream(stream, testEvents(2, k * 2), expected)).nextExpectedRevision;
        }),
      );
      const after = await drainAll(store, before.length ? before[before.length - 1].checkpoint : undefined);
      const ours = after.filter((e) => streams.includes(e.event.streamId));
      expect(ours).toHaveLength(400);
      expect(new Set(ours.map((e) => e.event.id)).size).toBe(400);
      for (const stream of streams) {
        expect(ours.filter((e) => e.event.streamId === stream).map((e) => e.event.streamRevision)).toEqual(
          Array.from({ length: 10 }, (_, i) => BigInt(i)),
        );
      }
      const positions = after.map((e) => e.event.globalPosition);
      expect(new Set(positions).size).toBe(positions.length);
    });

    it('a subscription reading while writers commit concurrently misses nothing and sees nothing twice', async () => {
      const start = await drainAll(store);
      const seen: string[] = [];
      const streams = Array.from({ length: 30 }, () => uniqueStream('live'));
      const subscription = new CatchUpSubscription(store, {
        after: start.length ? start[start.length - 1].checkpoint : undefined,
        batchSize: 7,
        pollIntervalMs: 5,
        handle: async (entry) => void seen.push(entry.event.id),
      });
      const appended = (
        await Promise.all(
          streams.map(async (stream) => {
            const ids: string[] = [];
            let expected: bigint | 'no-stream' = 'no-stream';
            for (let k = 0; k < 4; k++) {
              const events = testEvents(3, k * 3);
              ids.push(...events.map((e) => e.id));
              expected = (await store.appendToStream(stream, events, expected)).nextExpectedRevision;
            }
            return ids;
          }),
        )
      ).flat();
      await waitFor(() => appended.every((id) => seen.includes(id)));
      await subscription.stop();
      const ours = seen.filter((id) => appended.includes(id));
      expect(ours).toHaveLength(appended.length);
      expect(new Set(ours).size).toBe(appended.length);
    });
  });

  describe('catch-up subscription', () => {
    it('catches up from a checkpoint, turns live, and resumes after a stored checkpoint', async () => {
      const stream = uniqueStream('sub');
      const base = await drainAll(store);
      const from = base.length ? base[base.length - 1].checkpoint : undefined;
      await store.appendToStream(stream, testEvents(20), 'no-stream');
      const seen: number[] = [];
      let caughtUp = 0;
      let checkpoint: string | undefined;
      const subscription = new CatchUpSubscription(store, {
        after: from,
        batchSize: 8,
        handle: async (entry) => {
          if (entry.event.streamId !== stream) return;
          seen.push(entry.event.data.n as number);
          checkpoint = entry.checkpoint;
        },
        onCaughtUp: () => void caughtUp++,
      });
      await waitFor(() => caughtUp > 0 && seen.length === 20);
      await store.appendToStream(stream, testEvents(5, 20), 19n);
      await waitFor(() => seen.length === 25);
      await subscription.stop();
      expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));

      const storedCheckpoint = checkpoint;
      await store.appendToStream(stream, testEvents(2, 25), 24n);
      const resumed: number[] = [];
      const again = new CatchUpSubscription(store, {
        after: storedCheckpoint,
        handle: async (entry) => void (entry.event.streamId === stream && resumed.push(entry.event.data.n as number)),
      });
      await waitFor(() => resumed.length === 2);
      await again.stop();
      expect(resumed).toEqual([25, 26]);
    });

    it('stops, without skipping, when its handler fails', async () => {
      const stream = uniqueStream('fail');
      const base = await drainAll(store);
      await store.appendToStream(stream, testEvents(3), 'no-stream');
      const errors: unknown[] = [];
      const handled: number[] = [];
      const subscription = new CatchUpSubscription(store, {
        after: base.length ? base[base.length - 1].checkpoint : undefined,
        handle: async (entry) => {
          if (entry.event.streamId === stream && entry.event.data.n === 1) throw new Error('projection down');
          if (entry.event.streamId === stream) handled.push(entry.event.data.n as number);
        },
        onError: (error) => errors.push(error),
      });
      await subscription.done;
      expect(handled).toEqual([0]);
      expect(errors).toHaveLength(1);
      expect(subscription.position).toBe(
        (await store.readAll({ after: base.length ? base[base.length - 1].checkpoint : undefined, maxCount: 10 })).find(
          (e) => e.event.streamId === stream,
        )?.checkpoint,
      );
    });
  });

  describe('immutability', () => {
    it('hands out copies: changing a read event changes nothing stored', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, testEvents(1), 'no-stream');
      const [event] = await store.readStream(stream);
      try {
        (event.data as Record<string, unknown>).amount = '1000000.00';
      } catch {
        // a frozen event refuses the change outright, which is just as good
      }
      expect((await store.readStream(stream))[0].data.amount).toBe('0.50');
    });

    if (engine.tamper) {
      const tamper = engine.tamper;
      it('the engine itself refuses to update, delete or truncate stored events', async () => {
        const stream = uniqueStream();
        const { events } = await store.appendToStream(stream, testEvents(1), 'no-stream');
        await expect(tamper.update(events[0].id)).rejects.toThrow(/immutable/);
        await expect(tamper.delete(events[0].id)).rejects.toThrow(/immutable/);
        await expect(tamper.truncate()).rejects.toThrow(/immutable/);
        expect(await store.readStream(stream)).toEqual(events);
      });
    }
  });
};

const waitFor = async (condition: () => boolean, timeoutMs = 15_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
