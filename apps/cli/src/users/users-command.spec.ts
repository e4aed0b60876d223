import { PgliteSqlClient, SqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { SqlAccountStore, UserCommandHandler, verifyPassword } from '@kongthun/identity-service';
import { runUsers } from './users-command';

/**
 * `kongthun users` on the embedded database: the way the first administrator is made. The database
 * is PGlite in memory here; opening one on disk takes seconds, and that path is PGlite's own.
 */
describe('kongthun users', () => {
  let shared: SqlClient;
  beforeAll(async () => {
    const memory = await PgliteSqlClient.open('memory://');
    // One database for the whole test (opening PGlite on disk takes seconds); each run's close is ignored.
    shared = {
      query: (text, params) => memory.query(text, params),
      exec: (text) => memory.exec(text),
      transaction: (work) => memory.transaction(work),
      close: async () => undefined,
    };
  });
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const code = await runUsers(
      argv,
      (line) => lines.push(line),
      {},
      async () => shared,
    );
    return { code, lines };
  };

  it('creates, lists, disables, enables users and sets passwords, each an event and the hash in the accounts table', async () => {
    expect((await run('create', 'root', '--role', 'admin', '--password', 'first-admin-password')).code).toBe(0);
    expect(
      (await run('create', 'noi', '--role', 'relief-officer', '--area', '83', '--area', '1901', '--programme', 'flood-2569')).code,
    ).toBe(0);
    expect((await run('set-password', 'noi', '--password', 'given-by-admin', '--temporary')).code).toBe(0);
    expect((await run('disable', 'noi', '--reason', 'moved to another office')).code).toBe(0);
    const refused = await run('disable', 'noi', '--reason', 'again');
    expect(refused).toEqual({ code: 1, lines: [expect.stringContaining('identity.user-already-disabled')] });
    expect((await run('set-password', 'root', '--password', 'short')).lines[0]).toContain('identity.password-too-short');

    const { lines } = await run('list');
    expect(lines).toEqual([
      'noi\trelief-officer\tDisabled\t{"areas":["1901","83"],"programmes":["flood-2569"]}\ttemporary password',
      'root\tadmin\tActive\t{}\tpassword',
    ]);
    expect((await run('enable', 'noi')).code).toBe(0);

    const store = await SqlEventStore.open(shared, { schema: 'identity' });
    expect(await new UserCommandHandler(store).state('noi')).toMatchObject({ status: 'Active', mustChangePassword: true });
    const events = await store.readStream('identity-user-noi');
    expect(events.map((event) => event.metadata.actor)).toEqual(events.map(() => ({ userId: 'kongthun-cli', role: 'admin' })));
    expect(await verifyPassword((await (await SqlAccountStore.open(shared)).read('noi'))!.passwordHash!, 'given-by-admin')).toBe(true);
  });

  it('refuses an unknown action or a missing role as a usage error', async () => {
    await expect(run('promote', 'noi')).rejects.toMatchObject({ name: 'UsageError' });
    await expect(run('create', 'nobody')).rejects.toMatchObject({ name: 'UsageError' });
  });
});
