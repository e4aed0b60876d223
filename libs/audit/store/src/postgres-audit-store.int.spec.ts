import { Client } from 'pg';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { AuditLedgerStore } from './audit-ledger-store';
import { auditStoreContract } from './testing/audit-store-contract';

describeWithEngine('postgres', 'AuditLedgerStore on a PostgreSQL server', (url) => {
  let admin: Client;
  const schemas = new Set<string>();
  beforeAll(async () => {
    admin = new Client({ connectionString: url });
    await admin.connect();
  });
  afterAll(async () => {
    // The append-only triggers refuse even cleanup, so each test schema is dropped whole.
    for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  auditStoreContract({
    open: (options) => {
      schemas.add(options.schema);
      return AuditLedgerStore.open(new PgSqlClient({ connectionString: url, max: 10 }), options);
    },
    raw: (text, params) => admin.query(text, params),
  });
});
