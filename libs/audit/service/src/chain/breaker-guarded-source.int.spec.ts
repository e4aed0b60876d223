import { v7 as uuidv7 } from 'uuid';
import { Breakers } from '@kongthun/breakers';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { describeWithEngine } from '@kongthun/testing';
import { breakerGuardedSource } from './breaker-guarded-source';

describeWithEngine('postgres', 'the auditor’s read of a source store, behind its breaker, on PostgreSQL', (url) => {
  const schema = `kt_src_${uuidv7().replace(/-/g, '').slice(-12)}`;
  const breakers = new Breakers({ volumeThreshold: 2, resetTimeoutMs: 60_000 });
  afterAll(() => breakers.shutdown());

  it('reads through while PostgreSQL answers; once the source is unreachable it opens and refuses at once', async () => {
    const sql = new PgSqlClient({ connectionString: url, max: 2 });
    const store = await SqlEventStore.open(sql, { schema });
    const source = breakerGuardedSource({ context: 'welfare', readStream: (streamId) => store.readStream(streamId) }, breakers);
    expect(await source.readStream('welfare-fund-none')).toEqual([]);

    // The pool is gone, as when the source's database went away: every read now fails on the way.
    await store.close();
    await expect(source.readStream('welfare-fund-a')).rejects.toThrow();
    await expect(source.readStream('welfare-fund-a')).rejects.toThrow();
    await expect(source.readStream('welfare-fund-a')).rejects.toMatchObject({ code: 'dependency.unavailable' });
    expect(breakers.statuses()).toEqual([{ name: 'audit.source.welfare', state: 'open', failures: 2, successes: 1 }]);
    const cleanup = new PgSqlClient({ connectionString: url, max: 1 });
    await cleanup.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await cleanup.close();
  });
});
