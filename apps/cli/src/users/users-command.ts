import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EventStore, PgliteSqlClient, PgSqlClient, SqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { isDomainError } from '@kongthun/kernel';
import { SqlAccountStore, UserAdministration, UserCommandHandler, UserDirectory } from '@kongthun/identity-service';
import { IDENTITY_SCHEMA } from '@kongthun/embedded';
import { UsageError } from '../exit-codes';
import { fromUserDir } from '../verify/verify-args';

export const USERS_USAGE = `usage: kongthun users create <user id> --role <role> [--area <prefix>]... [--fund <id>]... [--programme <id>]... [--national] [--name <display name>] [--password <password>] [--temporary]
       kongthun users list | disable <user id> --reason <text> | enable <user id> | set-password <user id> --password <password> [--temporary]
       (each with [--data-dir ./data], or --database-url <postgres://…> for the distributed identity service's database;
        without --password, set-password reads it from KONGTHUN_NEW_PASSWORD)
วิธีใช้: kongthun users create|list|disable|enable|set-password ... (จัดการผู้ใช้ในโฟลเดอร์ข้อมูลของระบบแบบฝังตัว)

Works on the embedded host's data folder (KONGTHUN_DATA_DIR or ./data) while the host is stopped:
PGlite allows one process at a time. That is how the first administrator is made, before anyone can
log in; afterwards an administrator can also use POST /api/identity/users. Every change is an event.
With --database-url it works on the distributed identity service's PostgreSQL database (apps/identity),
which may be running: that is how its first administrator is made.`;

/** The CLI acts as an administrator at the machine; its events say so. */
const CLI_ACTOR = { userId: 'kongthun-cli', role: 'admin' };

const parsed = (argv: readonly string[]) => {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        'database-url': { type: 'string' },
        role: { type: 'string' },
        area: { type: 'string', multiple: true },
        fund: { type: 'string', multiple: true },
        programme: { type: 'string', multiple: true },
        national: { type: 'boolean' },
        name: { type: 'string' },
        password: { type: 'string' },
        temporary: { type: 'boolean' },
        reason: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), 'ตัวเลือกไม่ถูกต้อง');
  }
};

const allUserEvents = async (store: EventStore, directory: UserDirectory): Promise<void> => {
  let after: string | undefined;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1_000 });
    if (batch.length === 0) return;
    for (const entry of batch) directory.apply(entry.event);
    after = batch[batch.length - 1].checkpoint;
  }
};

/** The embedded host's database in its data folder. */
const openDataDir = (dataDir: string): Promise<SqlClient> => PgliteSqlClient.open(join(dataDir, 'eventstore'));

/** `kongthun users ...` on the embedded data folder. */
export const runUsers = async (
  argv: readonly string[],
  print: (line: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  open: (dataDir: string) => Promise<SqlClient> = openDataDir,
): Promise<number> => {
  const { values, positionals } = parsed(argv);
  const [action, userId] = positionals;
  const need = (value: string | undefined, what: string): string => {
    if (value) return value;
    throw new UsageError(`${action} needs ${what}`, `คำสั่ง ${action} ต้องระบุ ${what}`);
  };
  if (!['create', 'list', 'disable', 'enable', 'set-password'].includes(action ?? ''))
    throw new UsageError(`unknown users action: ${action ?? '(none)'}`, `ไม่รู้จักคำสั่ง users ${action ?? ''}`);
  if (action === 'create') need(values.role, '--role');
  if (action !== 'list') need(userId, 'a user id');
  // apps/identity keeps the embedded layout (store in schema `identity`, accounts beside it) on PostgreSQL.
  const sql = values['database-url']
    ? new PgSqlClient({ connectionString: values['database-url'], max: 2 })
    : await open(fromUserDir(values['data-dir'] ?? env.KONGTHUN_DATA_DIR ?? 'data'));
  const store = await SqlEventStore.open(sql, { schema: IDENTITY_SCHEMA });
  const users = new UserCommandHandler(store);
  const administration = new UserAdministration(users, await SqlAccountStore.open(sql));
  try {
    if (action === 'list') {
      const directory = new UserDirectory(store);
      await allUserEvents(store, directory);
      for (const user of directory.snapshot())
        print(
          [
            user.userId,
            user.role,
            user.status,
            JSON.stringify(user.scope),
            user.hasPassword ? (user.mustChangePassword ? 'temporary password' : 'password') : 'no password',
          ].join('\t'),
        );
      return 0;
    }
    const id = need(userId, 'a user id');
    if (action === 'create')
      await administration.create(CLI_ACTOR, {
        userId: id,
        role: need(values.role, '--role'),
        scope: { areas: values.area, funds: values.fund, programmes: values.programme, national: values.national },
        displayName: values.name,
        password: values.password,
        temporary: values.temporary ?? false,
      });
    if (action === 'disable') await administration.disable(CLI_ACTOR, id, need(values.reason, '--reason'));
    if (action === 'enable') await administration.enable(CLI_ACTOR, id);
    if (action === 'set-password')
      await administration.setPassword(
        CLI_ACTOR,
        id,
        need(values.password ?? env.KONGTHUN_NEW_PASSWORD, '--password'),
        values.temporary ?? false,
      );
    print(`${action}: ${id} · เรียบร้อย`);
    return 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    print(`refused: ${error.code}: ${error.message}${error.messageTh ? ` · ${error.messageTh}` : ''}`);
    return 1;
  } finally {
    await store.close();
  }
};
