import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { describeWithEngine } from '@kongthun/testing';
import { eventStoreContract } from '../testing/event-store-contract';
import { testEvents, uniqueStream } from '../testing/test-events';
import { PgSqlClient } from './pg-sql-client';
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

  describe('the sequence-gap problem', () => {
    it('does not jump over an event whose transaction commits after a later position is visible', async () => {
      const store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 4 }), { schema });
      const tail = async (after?: string) => {
        const all = [];
        for (let batch = await store.readAll({ after, maxCount: 1000 }); batch.length > 0; batch = await store.readAll({ after: all[all.length - 1].checkpoint, maxCount: 1000 })) all.push(...batch);
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
