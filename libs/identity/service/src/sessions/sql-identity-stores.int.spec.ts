import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { SqlAccountStore } from '../accounts/sql-account-store';
import { identityStoresContract } from './identity-stores.contract';
import { SqlRefreshTokenStore } from './sql-refresh-token-store';

describeWithEngine('postgres', 'identity stores on a PostgreSQL server', (url) => {
  const schema = `kt_identity_${randomUUID().replace(/-/g, '').slice(-12)}`;
  let sql: PgSqlClient;
  afterAll(async () => {
    await sql.close();
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  identityStoresContract(async () => {
    sql = new PgSqlClient({ connectionString: url, max: 4 });
    return { accounts: await SqlAccountStore.open(sql, { schema }), refreshTokens: await SqlRefreshTokenStore.open(sql, { schema }) };
  });
});
