import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { describeWithEngine } from '@kongthun/testing';
import { verifyChain } from '../store/event-hash';
import { isWrongExpectedRevision } from '../store/event-store-error';
import { eventStoreContract } from '../testing/event-store-contract';
import { testEvents, uniqueStream } from '../testing/test-events';
import { PgSqlClient } from './pg-sql-client';
import { SqlClient } from './sql-client';
import { SqlEventStore } from './sql-event-store';

describeWithEngine('postgres', 'SqlEventStore on a PostgreSQL server', (url) => {
  const schema = `kt_test_${uuidv7().replace(/-/g, '').slice(-12)}`;
  let admin: Client;
  beforeAll(async () => {
    admin = new Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    // The immutability trigger refuses even this, so the test schema is dropped whole.
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  eventStoreContract({
    open: async () => SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 10 }), { schema }),
    tamper: {
      update: (id) => admin.query(`UPDATE ${schema}.events SET data = '{"amount":"1000000.00"}' WHERE event_id = $1`, [id]),
      delete: (id) => admin.query(`DELETE FROM ${schema}.events WHERE event_id = $1`, [id]),
      truncate: () => admin.query(`TRUNCATE ${schema}.events`),
    },
  });

  describe('appends racing for one stream head', () => {
    it('parallel appends with any, to a stream none of them finds, all land in one unbroken chain', async () => {
      const store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 8 }), { schema });
      const stream = uniqueStream('race');
      const results = await Promise.all(Array.from({ length: 16 }, (_, i) => store.appendToStream(stream, testEvents(2, i * 2), 'any')));
      const read = await store.readStream(stream);
      expect(read.map((e) => e.streamRevision)).toEqual(Array.from({ length: 32 }, (_, i) => BigInt(i)));
      expect(verifyChain(read)).toBeNull();
      expect(results.flatMap((r) => r.events).sort((a, b) => (a.streamRevision < b.streamRevision ? -1 : 1))).toEqual(read);
      const head = await admin.query(`SELECT revision::text AS revision, last_hash FROM ${schema}.streams WHERE stream_id = $1`, [stream]);
      expect(head.rows).toEqual([{ revision: '31', last_hash: read[31].hash }]);
      await store.close();
    });

    it('parallel no-stream creators: one wins, the others are told the revision it left', async () => {
      const store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 8 }), { schema });
      const stream = uniqueStream('create');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.appendToStream(stream, testEvents(3, i * 3), 'no-stream')),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
      expect(refusals.map((e) => isWrongExpectedRevision(e) && e.actual)).toEqual(Array(7).fill(2n));
      expect(verifyChain(await store.readStream(stream))).toBeNull();
      await store.close();
    });
  });

  describe('appends sharing statements (group commit)', () => {
    it('batches over the same streams, on several connections at once, deadlock nothing and keep every chain whole', async () => {
      // Two statements in flight, so most of the 1,200 appends queue and go in batches touching the same 300 streams.
      const pg = new PgSqlClient({ connectionString: url, max: 4 });
      // Every statement failure counted: with fresh ids and `any`, a batch can only fail by a deadlock.
      const failures: string[] = [];
      const watched: SqlClient = {
        query: <Row>(text: string, params?: unknown[]) =>
          pg.query<Row>(text, params).catch((e: Error): never => {
            failures.push(e.message);
            throw e;
          }),
        exec: (text) => pg.exec(text),
        transaction: (work) => pg.transaction(work),
        close: () => pg.close(),
      };
      const store = await SqlEventStore.open(watched, { schema, maxAppendsInFlight: 2 });
      const streams = Array.from({ length: 300 }, () => uniqueStream('shared'));
      // Streams in a scrambled (fixed) order, so two batches would meet the same heads in opposite orders.
      let seed = 42;
      const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
      const plan = Array.from({ length: 1200 }, (_, i) => ({
        stream: streams[next() % streams.length],
        events: testEvents(1 + (i % 3), i * 3),
      }));
      const results = await Promise.all(plan.map(({ stream, events }) => store.appendToStream(stream, events, 'any')));
      expect(failures).toEqual([]);
      const positions = results.flatMap((r) => r.events.map((e) => e.globalPosition));
      expect(new Set(positions).size).toBe(plan.reduce((sum, { events }) => sum + events.length, 0));
      for (const stream of streams) {
        const read = await store.readStream(stream);
        const ids = plan.filter((p) => p.stream === stream).flatMap((p) => p.events.map((e) => e.id));
        expect(read.map((e) => e.id).sort()).toEqual(ids.sort());
        expect(verifyChain(read)).toBeNull();
      }
      await store.close();
    });
  });

  describe('the contract, with appends queueing for two statements in flight', () => {
    eventStoreContract({
      open: async () => SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 4 }), { schema, maxAppendsInFlight: 2 }),
    });
  });

  describe('the sequence-gap problem', () => {
    it('does not jump over an event whose transaction commits after a later position is visible', async () => {
      const store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 4 }), { schema });
      const tail = async (after?: string) => {
        const all = [];
        for (
          let batch = await store.readAll({ after, maxCount: 1000 });
          batch.length > 0;
          batch = await store.readAll({ after: all[all.length - 1].checkpoint, maxCount: 1000 })
        )
          all.push(...batch);
        return all;
      };
      const start = (await tail()).at(-1)?.checkpoint;

      // A slow writer takes a global position first and holds its transaction open...
      const slowWriter = new Client({ connectionString: url });
      await slowWriter.connect();
      const slowStream = uniqueStream('slow');
      await slowWriter.query('BEGIN');
      await slowWriter.query(
        `INSERT INTO ${schema}.events (event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, recorded_at, prev_hash, hash)
         VALUES ($1, $2, 0, 'test.thing.happened', 1, '{}', '{}', now(), NULL, 'h')`,
        [uuidv7(), slowStream],
      );
      // ...while a fast writer commits a later position.
      const fastStream = uniqueStream('fast');
      await store.appendToStream(fastStream, testEvents(1), 'no-stream');

      const beforeCommit = await tail(start);
      expect(beforeCommit.map((e) => e.event.streamId)).not.toContain(slowStream);
      expect(beforeCommit.map((e) => e.event.streamId)).not.toContain(fastStream);

      await slowWriter.query('COMMIT');
      await slowWriter.end();
      const afterCommit = await tail(beforeCommit.at(-1)?.checkpoint ?? start);
      expect(afterCommit.map((e) => e.event.streamId)).toEqual([slowStream, fastStream]);
      await store.close();
    });
  });
});
