import { v7 as uuidv7 } from 'uuid';
import { EventToAppend } from '../store/event-envelope';
import { eventHash, verifyChain } from '../store/event-hash';
import { isWrongExpectedRevision } from '../store/event-store-error';
import { testEvent, testEvents, uniqueStream } from '../testing/test-events';
import { PgliteSqlClient } from './pglite-sql-client';
import { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

/** What the database digests must be what TypeScript (and the auditor) recompute, byte for byte. */
const awkward = (n: number): EventToAppend =>
  testEvent(n, {
    data: { zeta: 'ค่ารักษาพยาบาล 🏥', alpha: { b: [1, 2.5, 1e21, 0.000001], a: 'quote " backslash \\ newline \n' }, n, '€': null },
    metadata: { actor: { userId: 'สมชาย', role: 'treasurer' }, correlationId: uuidv7(), causationId: null, extra: { y: 1, x: 2 } },
  });

describe('append_to_stream on PGlite', () => {
  let sql: PgliteSqlClient;
  let store: SqlEventStore;
  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    store = await SqlEventStore.open(sql);
  });
  afterAll(() => store.close());

  const streamRow = async (stream: string) =>
    (
      await sql.query<{ revision: string; last_hash: string | null }>(
        'SELECT revision::text AS revision, last_hash FROM kongthun.streams WHERE stream_id = $1',
        [stream],
      )
    ).rows;

  it('digests hashes that eventHash recomputes, for non-ASCII, escaped and exotic-number data', async () => {
    const stream = `fund-ขอนแก่น-"${uuidv7()}"`;
    const first = await store.appendToStream(stream, [awkward(0), awkward(1)], 'no-stream');
    const second = await store.appendToStream(stream, [awkward(2)], 'any');
    const read = await store.readStream(stream);
    expect(read).toEqual([...first.events, ...second.events]);
    expect(verifyChain(read)).toBeNull();
    expect(read.map((e) => e.hash)).toEqual(read.map((e) => eventHash(e)));
    expect(read[2].prevHash).toBe(read[1].hash);
    expect(await streamRow(stream)).toEqual([{ revision: '2', last_hash: read[2].hash }]);
  });

  it('refuses a stale expectation with the actual revision, leaving no stream row and no event behind', async () => {
    const absent = uniqueStream();
    const refused = await store.appendToStream(absent, testEvents(1), 3n).catch((e: unknown) => e);
    expect(isWrongExpectedRevision(refused) && refused.actual).toBe(-1n);
    expect(await streamRow(absent)).toEqual([]);

    const stream = uniqueStream();
    const { events } = await store.appendToStream(stream, testEvents(2), 'no-stream');
    const again = await store.appendToStream(stream, testEvents(1, 2), 'no-stream').catch((e: unknown) => e);
    expect(isWrongExpectedRevision(again) && again.actual).toBe(1n);
    expect(await streamRow(stream)).toEqual([{ revision: '1', last_hash: events[1].hash }]);
    expect(await store.readStream(stream)).toHaveLength(2);
  });

  it('is one statement: one round trip to the database, outside any explicit transaction', async () => {
    const calls: string[] = [];
    const counting: SqlClient = {
      query: (text, params) => (calls.push(`query ${text.trim().split(/\s+/).slice(0, 4).join(' ')}`), sql.query(text, params)),
      exec: (text) => (calls.push('exec'), sql.exec(text)),
      transaction: (work) => (calls.push('transaction'), sql.transaction(work)),
      close: () => Promise.resolve(),
    };
    const counted = await SqlEventStore.open(counting);
    calls.length = 0;
    const stream = uniqueStream();
    await counted.appendToStream(stream, testEvents(3), 'no-stream');
    await counted.appendToStream(stream, testEvents(3, 3), 2n);
    await counted.appendToStream(stream, testEvents(1, 6), 'any');
    await expect(counted.appendToStream(stream, testEvents(1, 7), 2n)).rejects.toThrow(/expected revision 2 but is at revision 6/);
    expect(calls).toEqual(Array(4).fill('query SELECT out_revision, out_position, out_prev_hash,'));
    expect(verifyChain(await store.readStream(stream))).toBeNull();
  });

  it('takes an append larger than the 65,535 parameters one multi-row INSERT could bind', async () => {
    const stream = uniqueStream();
    const { events } = await store.appendToStream(stream, testEvents(7000), 'no-stream');
    expect(events.map((e) => e.streamRevision)).toEqual(Array.from({ length: 7000 }, (_, i) => BigInt(i)));
    const positions = events.map((e) => e.globalPosition);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(verifyChain(await store.readStream(stream))).toBeNull();
  });
});
