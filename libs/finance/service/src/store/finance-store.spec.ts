import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { financeStoreContract } from '../testing/finance-store-contract';
import { FinanceStore } from './finance-store';

describe('FinanceStore on PGlite (in process)', () => {
  // One database, a schema per test: starting PGlite takes seconds, a schema milliseconds.
  let client: Promise<PgliteSqlClient> | undefined;
  let schemas = 0;
  afterAll(async () => (await client)?.close());
  financeStoreContract({
    open: async () => {
      client ??= PgliteSqlClient.open('memory://');
      schemas += 1;
      return FinanceStore.open(await client, { schema: `finance_${schemas}` });
    },
  });
});
