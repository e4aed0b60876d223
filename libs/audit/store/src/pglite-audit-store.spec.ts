import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteSqlClient, SqlClient, SqlQueryable } from '@kongthun/event-sourcing';
import { AuditLedgerStore } from './audit-ledger-store';
import { auditStoreContract } from './testing/audit-store-contract';

/**
 * PGlite runs in this process, so its suite is a unit suite. One database in a temporary folder,
 * shared by every store object (PGlite allows one instance per folder); `restart` closes it and
 * opens it again from its files, like a service restart.
 */
describe('AuditLedgerStore on PGlite (embedded)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-audit-'));
  let db: PgliteSqlClient;
  // Stores close their client; the shared database must outlive each of them.
  const shared: SqlClient = {
    query: <Row>(text: string, params?: unknown[]) => db.query<Row>(text, params),
    exec: (text: string) => db.exec(text),
    transaction: <T>(work: (tx: SqlQueryable) => Promise<T>) => db.transaction(work),
    close: async () => undefined,
  };
  beforeAll(async () => {
    db = await PgliteSqlClient.open(dir);
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  auditStoreContract({
    open: (options) => AuditLedgerStore.open(shared, options),
    raw: (text, params) => db.query(text, params),
    restart: async () => {
      await db.close();
      db = await PgliteSqlClient.open(dir);
    },
  });
});
