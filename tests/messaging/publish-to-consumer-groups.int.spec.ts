import { describeWithEngine, engineUrl } from '@kongthun/testing';
import {
  Consumer,
  EventLogPublisher,
  eventFromMessage,
  InMemoryCheckpointStore,
  KafkaMessageBus,
  topicOfContext,
} from '@kongthun/messaging';
import { appendScenario, dropSchema, freshScenario, openStore, waitUntil } from './support/scenario';
import { StreamOrder } from './support/stream-order';

describeWithEngine('kafka', 'publisher → Kafka → two consumer groups', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const scenario = freshScenario();
  afterAll(async () => databaseUrl && dropSchema(databaseUrl, scenario.schema));

  (databaseUrl ? it : it.skip)(
    '10,000 events over 100 streams arrive complete and in per-stream order at both groups',
    async () => {
      const { store } = await openStore(databaseUrl as string, scenario.schema);
      const streams = await appendScenario(store, scenario.context, 100, 100, 20);
      const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: 'scenario' });
      const topic = topicOfContext(scenario.context);
      const orders = [new StreamOrder(), new StreamOrder()];
      const consumers: Consumer[] = [];
      for (const [i, order] of orders.entries()) {
        consumers.push(
          await bus.consume({
            groupId: scenario.group(`group-${i}`),
            topics: [topic],
            fromBeginning: true,
            handle: async (message) => {
              const event = eventFromMessage(message.value);
              order.record(event.id, event.streamId, event.streamRevision);
            },
          }),
        );
      }
      const publisher = new EventLogPublisher(store, bus, new InMemoryCheckpointStore(), {
        name: 'scenario',
        source: '/kongthun/scenario',
      });
      await publisher.start();
      await waitUntil(() => orders.every((order) => order.distinct >= 10_000), 'both groups to receive 10,000 events', 120_000);
      await publisher.stop();
      await Promise.all(consumers.map((consumer) => consumer.stop()));
      await bus.close();
      await store.close();
      for (const order of orders) {
        expect(order.distinct).toBe(10_000);
        expect(order.streamsOutOfOrder(streams, 100)).toEqual([]);
      }
    },
    180_000,
  );
});
