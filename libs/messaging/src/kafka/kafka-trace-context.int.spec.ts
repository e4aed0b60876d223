import { describeWithEngine } from '@kongthun/testing';
import { CORRELATION_HEADER, currentTraceContext, metrics, TraceContext } from '@kongthun/observability';
import { message, uniqueName, waitFor } from '../testing/bus-test-kit';
import { KafkaMessageBus } from './kafka-message-bus';
import { testBusOptions } from './kafka-test-options';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

describeWithEngine('kafka', 'trace context and metrics of a Kafka consumer', (brokers) => {
  it("runs the handler in the command's correlation id taken from ce_correlationid, and reports the group's lag while it is stuck and after", async () => {
    const bus = new KafkaMessageBus(testBusOptions(brokers, 'kt-trace'));
    const [topic, groupId] = [uniqueName('trace'), uniqueName('group')];
    const seen: TraceContext[] = [];
    let release = () => undefined as void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    const lagOfGroup = async () =>
      (await metrics.consumerLag.get()).values.filter((v) => v.labels.group === groupId).reduce((sum, v) => sum + v.value, 0);
    const consumer = await bus.consume({
      groupId,
      topics: [topic],
      fromBeginning: true,
      handle: async () => {
        seen.push(currentTraceContext());
        await stuck;
      },
    });
    try {
      await bus.publish([message(topic, 'fund-1', 'v', { [CORRELATION_HEADER]: 'corr-kafka-1', ce_id: 'event-1' })]);
      await waitFor(() => seen.length === 1, 'the delivery', 15_000);
      expect(seen[0]).toEqual({ correlationId: 'corr-kafka-1', eventId: 'event-1' });
      // Stuck in the handler: the message is not committed, and the lag says so.
      expect(await lagOfGroup()).toBe(1);
      release();
      const deadline = Date.now() + 15_000;
      while ((await lagOfGroup()) !== 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await lagOfGroup()).toBe(0);
      const handled = (await metrics.handled.get()).values.find((v) => v.labels.group === groupId);
      expect(handled?.value).toBe(1);
    } finally {
      release();
      await consumer.stop();
      await bus.close();
    }
  }, 30_000);
});
