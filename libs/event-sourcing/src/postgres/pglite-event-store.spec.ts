import { eventStoreContract } from '../testing/event-store-contract';
import { PgliteSqlClient } from './pglite-sql-client';
import { SqlEventStore } from './sql-event-store';

/** PGlite runs in this process, so its suite is a unit suite: no engine to find. */
describe('SqlEventStore on PGlite (embedded)', () => {
  let sql: PgliteSqlClient;
  eventStoreContract({
    open: async () => {
      sql = await PgliteSqlClient.open('memory://');
      return SqlEventStore.open(sql);
    },
    tamper: {
      update: (id) => sql.query(`UPDATE kongthun.events SET data = '{"amount":"1000000.00"}' WHERE event_id = $1`, [id]),
      delete: (id) => sql.query('DELETE FROM kongthun.events WHERE event_id = $1', [id]),
      truncate: () => sql.query('TRUNCATE kongthun.events'),
    },
  });
});
