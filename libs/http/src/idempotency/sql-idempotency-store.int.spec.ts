import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { idempotencyStoreContract } from './idempotency-store.contract';
import { SqlIdempotencyStore } from './sql-idempotency-store';

/** The same contract on a PostgreSQL server, where concurrent first requests really run in parallel. */
describeWithEngine('postgres', 'SqlIdempotencyStore on a PostgreSQL server', (url) => {
  const schema = `kt_idem_${randomUUID().replace(/-/g, '').slice(-12)}`;
  let sql: PgSqlClient;
  afterAll(async () => {
    await sql.close();
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  idempotencyStoreContract(async (policy) => {
    sql = new PgSqlClient({ connectionString: url, max: 8 });
    return SqlIdempotencyStore.open(sql, { schema, policy });
  });
});
