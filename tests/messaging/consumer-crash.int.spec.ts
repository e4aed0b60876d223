import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { EventLogPublisher, InMemoryCheckpointStore, KafkaMessageBus, topicOfContext } from '@kongthun/messaging';
import { appendScenario, dropSchema, exited, freshScenario, openStore, runProcess, waitUntil } from './support/scenario';

describeWithEngine('kafka', 'a consumer that crashes after its effect, before its offset commit', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const scenario = freshScenario();
  afterAll(async () => databaseUrl && dropSchema(databaseUrl, scenario.schema));

  (databaseUrl ? it : it.skip)(
    'gets the message again and applies the effect once',
    async () => {
      const { sql, store } = await openStore(databaseUrl as string, scenario.schema);
      await appendScenario(store, scenario.context, 5, 20, 5);
      const victim = (await store.readAll({ maxCount: 100 }))[42].event;
      const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: 'scenario' });
      const publisher = new EventLogPublisher(store, bus, new InMemoryCheckpointStore(), {
        name: 'scenario',
        source: '/kongthun/scenario',
      });
      await publisher.start();
      await publisher.drained();

      const env = {
        DATABASE_URL: databaseUrl as string,
        KAFKA_BROKERS: brokers,
        SCHEMA: scenario.schema,
        TOPIC: topicOfContext(scenario.context),
        GROUP: scenario.group('effects'),
      };
      const crashing = runProcess('consumer-process.ts', { ...env, CRASH_AFTER_EFFECT_OF: victim.id });
      await exited(crashing);
      expect({ signal: crashing.signalCode, output: crashing.signalCode === 'SIGKILL' ? [] : crashing.output.slice(-15) }).toEqual({
        signal: 'SIGKILL',
        output: [],
      });

      const count = async (sqlText: string, params: unknown[] = []) => Number((await sql.query<{ n: string }>(sqlText, params)).rows[0].n);
      expect(await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.effects WHERE event_id = $1`, [victim.id])).toBe(1);

      const restarted = runProcess('consumer-process.ts', env);
      await waitUntil(
        async () => (await count(`SELECT count(DISTINCT event_id)::text AS n FROM ${scenario.schema}.effects`)) === 100,
        'all 100 effects',
        90_000,
        [restarted],
      );
      restarted.kill('SIGTERM');
      await exited(restarted);

      expect(
        await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.deliveries WHERE event_id = $1`, [victim.id]),
      ).toBeGreaterThanOrEqual(2);
      expect(await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.effects WHERE event_id = $1`, [victim.id])).toBe(1);
      expect(await count(`SELECT count(*)::text AS n FROM ${scenario.schema}.effects`)).toBe(100);
      await publisher.stop();
      await bus.close();
      await store.close();
    },
    180_000,
  );
});
