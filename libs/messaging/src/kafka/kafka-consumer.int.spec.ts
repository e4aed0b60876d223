import { Kafka, logLevel } from 'kafkajs';
import { describeWithEngine } from '@kongthun/testing';
import { IncomingMessage, OutgoingMessage } from '../bus/message-bus';
import { Received, message, uniqueName, waitFor } from '../testing/bus-test-kit';
import { KafkaBusConsumer } from './kafka-consumer';
import { KafkaMessageBus } from './kafka-message-bus';
import { quietLogger, testBusOptions } from './kafka-test-options';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

/** What the adapter relies on kafkajs and the broker for, pinned so an upgrade that changes it fails here. */
describeWithEngine('kafka', 'the Kafka consumer around kafkajs', (brokers) => {
  const kafka = new Kafka({ clientId: 'kt-facts', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const fast = { sessionTimeout: 6_000, heartbeatInterval: 300, rebalanceTimeout: 5_000, maxWaitTimeInMs: 100 };

  it('kafkajs commits nothing past a message whose eachMessage threw, and fetches it again', async () => {
    const [topic, groupId] = [uniqueName('kafkajs-throw'), uniqueName('group')];
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await producer.send({ topic, messages: ['m0', 'm1', 'm2'].map((value) => ({ key: 'k', value })) });
    const committed = async () => (await admin.fetchOffsets({ groupId, topics: [topic] }))[0].partitions[0].offset;
    const seen: string[] = [];
    let committedAtRedelivery = '';
    const consumer = kafka.consumer({ groupId, ...fast, retry: { initialRetryTime: 50, retries: 3 } });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message: m }) => {
        seen.push(m.offset);
        if (m.offset !== '1') return;
        if (seen.filter((o) => o === '1').length === 1) throw new Error('handler failed');
        committedAtRedelivery = await committed();
      },
    });
    await waitFor(() => seen.includes('2'), 'offset 2', 15_000);
    await consumer.disconnect();
    // Offset 0 was committed when the error went by (kafkajs commits what was resolved); 1 was not.
    expect(seen).toEqual(['0', '1', '1', '2']);
    expect(committedAtRedelivery).toBe('1');
    expect(await committed()).toBe('3');
    await Promise.all([producer.disconnect(), admin.disconnect()]);
  });

  it('hands the message of a member that hangs before its commit to the rest of the group', async () => {
    const bus = new KafkaMessageBus(testBusOptions(brokers, 'kt-hang', quietLogger(false)));
    const [topic, groupId] = [uniqueName('hang'), uniqueName('group')];
    let release = () => undefined as void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const firstSaw: IncomingMessage[] = [];
    const first = await bus.consume({
      groupId,
      topics: [topic],
      fromBeginning: true,
      handle: async (m) => {
        firstSaw.push(m);
        await hung;
      },
    });
    await bus.publish([message(topic, 'k', 'stuck')]);
    await waitFor(() => firstSaw.length >= 1, 'the first delivery', 10_000);
    // The hung member cannot rejoin the rebalance this join starts: the broker drops it after the
    // rebalance timeout, as it would a crashed process after the session timeout.
    const got = new Received();
    const second = await bus.consume({ groupId, topics: [topic], fromBeginning: true, handle: got.record });
    await waitFor(() => got.all.length >= 1, 'the redelivery', 15_000);
    expect(got.all[0]).toMatchObject({ value: 'stuck', offset: firstSaw[0].offset, attempt: 1 });
    release();
    await Promise.all([first.stop(), second.stop()]);
    await bus.close();
  }, 30_000);

  it('builds a new consumer when kafkajs gives one up after a crash it does not retry', async () => {
    const topic = uniqueName('crash');
    const bus = new KafkaMessageBus(testBusOptions(brokers, 'kt-crash'));
    await bus.ensureTopics([topic]);
    const logger = quietLogger(false);
    const attempts: IncomingMessage[] = [];
    const deadLetters: OutgoingMessage[] = [];
    // A TypeError is "unrecoverable" to kafkajs' retrier: the consumer crashes with restart=false.
    const deadLetter = async (m: OutgoingMessage) => {
      if (deadLetters.push(m) === 1) throw new TypeError('dead-letter sink broken');
    };
    const consumer = new KafkaBusConsumer(
      new Kafka({ clientId: 'kt-crash', brokers: brokers.split(','), logLevel: logLevel.NOTHING }),
      {
        groupId: uniqueName('group'),
        topics: [topic],
        fromBeginning: true,
        retry: { attempts: 1, initialBackoffMs: 10 },
        handle: async (m) => {
          attempts.push(m);
          throw new Error('poison');
        },
      },
      { tuning: { ...fast, restartDelayMs: 200 }, logger, deadLetter },
    );
    await consumer.start();
    await bus.publish([message(topic, 'k', 'poison')]);
    await waitFor(() => deadLetters.length >= 2, 'the dead letter after the restart', 20_000);
    await consumer.stop();
    await bus.close();
    expect(attempts.map((m) => m.offset)).toEqual(['0', '0']);
    expect(logger.errors.some((line) => line.includes('crashed for good'))).toBe(true);
  }, 30_000);
});
