import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { topicOfContext } from '@kongthun/messaging';
import { appendScenario, dropSchema, exited, freshScenario, openStore, runProcess, waitUntil } from './support/scenario';

describeWithEngine('kafka', 'a publisher killed mid-run', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const scenario = freshScenario();
  afterAll(async () => databaseUrl && dropSchema(databaseUrl, scenario.schema));

  (databaseUrl ? it : it.skip)(
    'loses no event after SIGKILL and restart, and the consumer applies each effect once',
    async () => {
      const { sql, store } = await openStore(databaseUrl as string, scenario.schema);
      const streams = await appendScenario(store, scenario.context, 30, 100, 10);
      const env = {
        DATABASE_URL: databaseUrl as string,
        KAFKA_BROKERS: brokers,
        SCHEMA: scenario.schema,
        TOPIC: topicOfContext(scenario.context),
        GROUP: scenario.group('effects'),
      };
      const consumer = runProcess('consumer-process.ts', env);

      const first = runProcess('publisher-process.ts', env);
      const published = () => Math.max(0, ...first.output.filter((l) => l.startsWith('published ')).map((l) => Number(l.split(' ')[1])));
      await waitUntil(() => published() >= 500, 'the first publisher to publish 500 events', 60_000, [first, consumer]);
      first.kill('SIGKILL');
      await exited(first);
      expect(published()).toBeLessThan(3_000);

      const second = runProcess('publisher-process.ts', env);
      const count = async (sqlText: string) => Number((await sql.query<{ n: string }>(sqlText)).rows[0].n);
      await waitUntil(
        async () => (await count(`SELECT count(DISTINCT event_id)::text AS n FROM ${scenario.schema}.effects`)) >= 3_000,
        'all 3,000 effects',
        120_000,
        [second, consumer],
      );
      second.kill('SIGTERM');
      consumer.kill('SIGTERM');
      await Promise.all([exited(second), exited(consumer)]);

      expect(await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.effects`)).toBe(3_000);
      expect(await count(`SELECT count(DISTINCT stream_id)::text AS n FROM ${scenario.schema}.effects`)).toBe(streams.length);
      // The restarted publisher republished the batch in flight when it died: duplicates reached the consumer and were absorbed.
      expect(await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.deliveries`)).toBeGreaterThanOrEqual(3_000);
      await store.close();
    },
    240_000,
  );
});
