import { logLevel } from 'kafkajs';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { EventLogPublisher, eventFromMessage, KafkaMessageBus, SqlCheckpointStore, topicOfContext } from '@kongthun/messaging';
import { dropSchema, freshScenario, openStore, scenarioEvent, waitUntil } from './support/scenario';
import { ownBroker } from './support/own-broker';
import { StreamOrder } from './support/stream-order';

describeWithEngine('kafka', 'the broker stopped and restarted while the publisher runs', () => {
  const databaseUrl = engineUrl('postgres');
  const scenario = freshScenario();
  const broker = ownBroker(19092);
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await broker.stop();
    if (databaseUrl) await dropSchema(databaseUrl, scenario.schema);
  });

  (databaseUrl ? it : it.skip)(
    'loses no event: what was appended during the outage arrives after recovery',
    async () => {
      await broker.start();
      const { sql, store } = await openStore(databaseUrl as string, scenario.schema);
      const publisherBus = new KafkaMessageBus({
        brokers: [broker.brokers],
        clientId: 'scenario-publisher',
        kafkaLogLevel: logLevel.NOTHING,
      });
      const publisher = new EventLogPublisher(store, publisherBus, await SqlCheckpointStore.open(sql, scenario.schema), {
        name: 'scenario',
        source: '/kongthun/scenario',
        retryDelayMs: 200,
        breaker: { resetTimeout: 1_000, timeout: 5_000 },
        onError: () => void publishFailures++,
      });
      let publishFailures = 0;
      cleanup.push(
        () => store.close(),
        () => publisherBus.close(),
        () => publisher.stop(),
      );
      await publisher.start();

      const streams = Array.from({ length: 10 }, (_, s) => `${scenario.context}-stream-${s}`);
      const appendRound = async (round: number) =>
        Promise.all(
          streams.map((stream) =>
            store.appendToStream(stream, [scenarioEvent(scenario.context, round)], round === 0 ? 'no-stream' : BigInt(round - 1)),
          ),
        );
      for (let round = 0; round < 20; round++) await appendRound(round);
      await publisher.drained(60_000);

      await broker.stop();
      for (let round = 20; round < 40; round++) await appendRound(round);
      await waitUntil(() => publishFailures > 0, 'a publish to fail while the broker is down', 90_000);
      await broker.start(true);
      for (let round = 40; round < 50; round++) await appendRound(round);
      await publisher.drained(120_000);

      const order = new StreamOrder();
      const consumerBus = new KafkaMessageBus({ brokers: [broker.brokers], clientId: 'scenario-consumer' });
      const consumer = await consumerBus.consume({
        groupId: scenario.group('after-restart'),
        topics: [topicOfContext(scenario.context)],
        fromBeginning: true,
        handle: async (message) => {
          const event = eventFromMessage(message.value);
          order.record(event.id, event.streamId, event.streamRevision);
        },
      });
      await waitUntil(() => order.distinct >= 500, 'all 500 events on the restarted broker', 90_000);
      await consumer.stop();
      await consumerBus.close();
      expect(order.distinct).toBe(500);
      expect(order.streamsOutOfOrder(streams, 50)).toEqual([]);
    },
    300_000,
  );
});
