import { randomBytes } from 'node:crypto';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { financeStoreContract } from '../testing/finance-store-contract';
import { FinanceStore } from './finance-store';

describeWithEngine('postgres', 'FinanceStore on a PostgreSQL server', (url) => {
  const client = new PgSqlClient({ connectionString: url, max: 6 });
  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await client.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.close();
  });
  financeStoreContract({
    open: async () => {
      // A schema of its own per test: parallel runs on the shared server never see each other's rows.
      const schema = `finance_t_${randomBytes(5).toString('hex')}`;
      schemas.push(schema);
      return FinanceStore.open(client, { schema });
    },
  });
});
