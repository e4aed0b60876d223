import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PgliteSqlClient, PgSqlClient, SqlClient } from '@kongthun/event-sourcing';
import { UsageError } from './exit-codes';
import { fromUserDir } from './verify/verify-args';

/** String options and positionals; an unknown or malformed option is a usage error (exit 2). */
export const stringArgs = (argv: readonly string[], names: readonly string[]) => {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    });
    return { values: parsed.values as Record<string, string | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'ตัวเลือกไม่ถูกต้อง');
  }
};

/** The operator's database: `--data-dir` (the embedded host's PGlite folder `<dir>/<folder>`) or `--database-url`, exactly one. */
export const openDatabase = async (folder: string, dataDir: string | undefined, url: string | undefined): Promise<SqlClient> => {
  if (url && !dataDir) return new PgSqlClient({ connectionString: url, max: 2 });
  if (dataDir && !url) return PgliteSqlClient.open(join(fromUserDir(dataDir), folder));
  throw new UsageError('give exactly one of --data-dir and --database-url', 'ระบุ --data-dir หรือ --database-url อย่างใดอย่างหนึ่ง');
};
