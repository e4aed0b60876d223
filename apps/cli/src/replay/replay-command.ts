import { parseArgs } from 'node:util';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { PgliteSqlClient, PgSqlClient, SqlClient } from '@kongthun/event-sourcing';
import { InMemoryReadModelStore, MongooseReadModelStore, ReadModelStore } from '@kongthun/read-models';
import { UsageError } from '../exit-codes';
import { fromUserDir } from '../verify/verify-args';
import { rebuildReadModelsFromLedger } from './rebuild-from-ledger';

export const REPLAY_USAGE = `usage: kongthun replay (--ledger-url <postgres url> | --ledger-dir <PGlite dir>) [--ledger-schema kongthun_audit] [--mongo-url <url> --mongo-db <db>]
วิธีใช้: kongthun replay (--ledger-url <postgres url> | --ledger-dir <โฟลเดอร์ PGlite>) [--ledger-schema kongthun_audit] [--mongo-url <url> --mongo-db <ฐานข้อมูล>]

Rebuilds the read models from the audit ledger, with progress. Without --mongo-url they are rebuilt
in memory and counted (a dry run of the replay).`;

const openLedgerSql = async (url: string | undefined, dir: string | undefined): Promise<SqlClient> => {
  if (url && !dir) return new PgSqlClient({ connectionString: url, max: 2 });
  if (dir && !url) return PgliteSqlClient.open(fromUserDir(dir));
  throw new UsageError('give exactly one of --ledger-url and --ledger-dir', 'ระบุ --ledger-url หรือ --ledger-dir อย่างใดอย่างหนึ่ง');
};

/** `kongthun replay`: the whole-system replay from the ledger into the read models. */
export const runReplay = async (argv: readonly string[], print: (line: string) => void): Promise<number> => {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'ledger-url': { type: 'string' },
        'ledger-dir': { type: 'string' },
        'ledger-schema': { type: 'string' },
        'mongo-url': { type: 'string' },
        'mongo-db': { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'ตัวเลือกไม่ถูกต้อง');
  }
  const sql = await openLedgerSql(values['ledger-url'], values['ledger-dir']);
  const ledger = await AuditLedgerStore.open(sql, { schema: values['ledger-schema'] ?? 'kongthun_audit' });
  const readModels: ReadModelStore = values['mongo-url']
    ? await MongooseReadModelStore.connect({ url: values['mongo-url'], dbName: values['mongo-db'] ?? 'kongthun_welfare' })
    : new InMemoryReadModelStore();
  try {
    const result = await rebuildReadModelsFromLedger(ledger, readModels, ({ done, total, elapsedMs }) =>
      print(
        `replayed ${done} / ${total} (${Math.floor((100 * done) / Math.max(total, 1))}%), ${Math.round(done / Math.max(elapsedMs / 1000, 0.001))} events/s · เล่นซ้ำแล้ว ${done} จาก ${total}`,
      ),
    );
    print(
      `done: ${result.done} events replayed, ${result.projected} applied to read models in ${(result.elapsedMs / 1000).toFixed(1)} s · เสร็จสิ้น`,
    );
    return 0;
  } finally {
    await readModels.close();
    await ledger.close();
  }
};
