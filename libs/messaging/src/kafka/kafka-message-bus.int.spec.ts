import { describeWithEngine } from '@kongthun/testing';
import { messageBusContract } from '../testing/message-bus-contract';
import { KafkaMessageBus } from './kafka-message-bus';
import { testBusOptions } from './kafka-test-options';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

describeWithEngine('kafka', 'KafkaMessageBus on a Kafka broker', (brokers) => {
  messageBusContract({
    open: async () => new KafkaMessageBus(testBusOptions(brokers, 'kt-contract')),
    backoffMs: 50,
    timeoutMs: 20_000,
    report: (line) => process.stdout.write(`kafka: ${line}\n`),
  });
});
