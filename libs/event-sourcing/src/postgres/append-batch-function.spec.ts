import { EventStoreError, isWrongExpectedRevision } from '../store/event-store-error';
import { verifyChain } from '../store/event-hash';
import { testEvents, uniqueStream } from '../testing/test-events';
import { PgliteSqlClient } from './pglite-sql-client';
import { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

/** Appends that queue behind a busy connection share one statement and one commit, each with its own fate. */
describe('appends sharing a statement (append_batch) on PGlite', () => {
  let sql: PgliteSqlClient;
  let store: SqlEventStore;
  const statements: string[] = [];
  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    const counting: SqlClient = {
      query: (text, params) => (statements.push(text.replace(/^[\s\S]*FROM \w+\.(\w+)[\s\S]*$/, '$1')), sql.query(text, params)),
      exec: (text) => sql.exec(text),
      transaction: (work) => sql.transaction(work),
      close: () => sql.close(),
    };
    // No concurrency given: one statement in flight, so everything submitted meanwhile queues.
    store = await SqlEventStore.open(counting);
  });
  afterAll(() => store.close());
  beforeEach(() => void (statements.length = 0));

  it('writes 30 concurrent appends in two statements; a stale expectation refuses only its own append', async () => {
    const busy = uniqueStream('busy');
    await store.appendToStream(busy, testEvents(2), 'no-stream');
    statements.length = 0;
    const streams = Array.from({ length: 27 }, () => uniqueStream());
    const results = await Promise.all([
      ...streams.map((stream, i) => store.appendToStream(stream, testEvents(1 + (i % 3)), 'no-stream')),
      store.appendToStream(busy, testEvents(1, 2), 1n),
      store.appendToStream(busy, testEvents(1, 3), 'any'),
      store.appendToStream(busy, testEvents(1, 9), 0n).catch((e: unknown) => e),
    ]);
    expect(statements).toEqual(['append_to_stream', 'append_batch']);

    const refused = results[29];
    // Queued behind the two appends before it, which moved the head to 3.
    expect(isWrongExpectedRevision(refused) && refused.actual).toBe(3n);
    for (const [i, stream] of streams.entries()) {
      const read = await store.readStream(stream);
      expect(read).toHaveLength(1 + (i % 3));
      expect(read).toEqual((results[i] as { events: unknown[] }).events);
      expect(verifyChain(read)).toBeNull();
    }
    const busyRead = await store.readStream(busy);
    expect(busyRead.map((e) => e.data.n)).toEqual([0, 1, 2, 3]);
    expect(verifyChain(busyRead)).toBeNull();
  });

  it('retries a failed batch one append at a time, so a duplicate event id fails only its own append', async () => {
    const stored = testEvents(1);
    await store.appendToStream(uniqueStream(), stored, 'no-stream');
    statements.length = 0;
    const first = uniqueStream();
    const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
    const results = await Promise.all([
      store.appendToStream(first, testEvents(1), 'no-stream'),
      store.appendToStream(streams[0], testEvents(2), 'no-stream'),
      store.appendToStream(streams[1], stored, 'no-stream').catch((e: unknown) => e),
      store.appendToStream(streams[2], testEvents(1), 'no-stream'),
    ]);
    expect(statements).toEqual(['append_to_stream', 'append_batch', 'append_to_stream', 'append_to_stream', 'append_to_stream']);
    expect(results[2]).toBeInstanceOf(EventStoreError);
    expect((results[2] as EventStoreError).code).toBe('eventstore.duplicate-event-id');
    expect(await store.readStream(streams[0])).toHaveLength(2);
    expect(await store.readStream(streams[1])).toEqual([]);
    expect(await store.readStream(streams[2])).toHaveLength(1);
  });
});
