import { Admin, Kafka, Partitioners, Producer, logLevel } from 'kafkajs';
import { Breakers } from '@kongthun/breakers';
import { ConsumeOptions, Consumer, DEFAULT_RETRY, MessageBus, OutgoingMessage, deadLetterTopicOf } from '../bus/message-bus';
import { KafkaBusConsumer, KafkaConsumerTuning } from './kafka-consumer';
import { BusLogger, kafkaLogCreator, nestBusLogger } from './kafka-logging';

export interface KafkaMessageBusOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of the topics this bus creates (the unit of parallelism per consumer group). */
  partitions?: number;
  /** 1 on the local single broker; 3 in production, with min.insync.replicas=2 on the broker. */
  replicationFactor?: number;
  consumer?: KafkaConsumerTuning;
  /**
   * Send retries. Bounded on purpose: publish() must fail while the broker is away, so the
   * publisher's breaker opens and the checkpoint keeps the batch for later (at-least-once).
   */
  producerRetry?: { retries: number; initialRetryTime: number; maxRetryTime: number };
  logger?: BusLogger;
  /** kafkajs' own log threshold; below WARN it is chatty about every join and fetch. */
  kafkaLogLevel?: logLevel;
  /**
   * The process's breakers: each consumer's connection (topics, join, restarts and crashes) counts
   * on `kafka.consumer.<group>`, so /health shows a consumer that cannot reach the broker.
   */
  breakers?: Breakers;
  /** kafkajs' retries of a connection (its default: 5, from 300 ms); a breaker counts the outcome. */
  connectionRetry?: { retries: number; initialRetryTime?: number; maxRetryTime?: number };
}

/**
 * The bus on Kafka (kafkajs). Producer: idempotent, acks from all in-sync replicas, murmur2 by key
 * (the Java client's partitioner, so other clients put a key on the same partition). Topics are
 * created through the admin client before use, never by the broker's auto-creation, which would
 * pick its own partition count and log transient errors on the first produce.
 */
export class KafkaMessageBus implements MessageBus {
  private readonly kafka: Kafka;
  private readonly logger: BusLogger;
  private readonly consumers = new Set<KafkaBusConsumer>();
  /** topic -> creation in progress or done, so concurrent callers create a topic once. */
  private readonly topics = new Map<string, Promise<void>>();
  private producer?: Promise<Producer>;
  private liveProducer?: Producer;
  private admin?: Promise<Admin>;
  private closed = false;

  constructor(private readonly options: KafkaMessageBusOptions) {
    this.logger = options.logger ?? nestBusLogger('KafkaMessageBus');
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: options.kafkaLogLevel ?? logLevel.WARN,
      logCreator: kafkaLogCreator(this.logger),
      ...(options.connectionRetry ? { retry: options.connectionRetry } : {}),
    });
    this.breakers = options.breakers ?? new Breakers();
  }

  private readonly breakers: Breakers;

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('the bus is closed');
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await this.ensureTopics([...byTopic.keys()]);
    const producer = await this.connectedProducer();
    try {
      // One request per broker for the whole batch; acks -1 = every in-sync replica has it.
      await producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, batch]) => ({
          topic,
          messages: batch.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      });
    } catch (error) {
      // kafkajs never renews an idempotent producer's id: after a sequence or producer-id error
      // (a broker that lost its state) every later send would fail the same way. A new producer
      // gets a new id; the batch itself is the caller's to publish again (at-least-once).
      this.discardProducer(producer);
      throw error;
    }
  }

  async consume(options: ConsumeOptions): Promise<Consumer> {
    if (this.closed) throw new Error('the bus is closed');
    const breaker = `kafka.consumer.${options.groupId}`;
    // The dead-letter topics too: a dead-letter publish must not be the first use of a topic.
    await this.breakers.run(breaker, () => this.ensureTopics([...options.topics, ...options.topics.map(deadLetterTopicOf)]));
    const consumer = new KafkaBusConsumer(
      this.kafka,
      { ...options, retry: options.retry ?? DEFAULT_RETRY },
      {
        tuning: this.options.consumer ?? {},
        logger: this.logger,
        deadLetter: (message) => this.publish([message]),
        guard: (call) => this.breakers.run(breaker, call),
      },
    );
    consumer.onStopped = () => this.consumers.delete(consumer);
    this.consumers.add(consumer);
    try {
      await consumer.start();
    } catch (error) {
      await consumer.stop();
      throw error;
    }
    return consumer;
  }

  /** Creates the topics that do not exist yet; an existing topic keeps its partition count. */
  async ensureTopics(topics: readonly string[], partitions = this.options.partitions ?? 3): Promise<void> {
    await Promise.all(
      [...new Set(topics)].map((topic) => {
        let created = this.topics.get(topic);
        if (!created) {
          created = this.createTopic(topic, partitions);
          this.topics.set(topic, created);
          created.catch(() => this.topics.delete(topic));
        }
        return created;
      }),
    );
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers].map((consumer) => consumer.stop()));
    const [producer, admin] = await Promise.allSettled([this.producer, this.admin]);
    if (producer.status === 'fulfilled' && producer.value) await producer.value.disconnect();
    if (admin.status === 'fulfilled' && admin.value) await admin.value.disconnect();
  }

  private async createTopic(topic: string, numPartitions: number): Promise<void> {
    const admin = await this.connectedAdmin();
    // One topic per request: kafkajs reports "already exists" as false only if every topic of the
    // request exists, so a batch with one existing topic (another service made it) would throw.
    await admin.createTopics({
      topics: [{ topic, numPartitions, replicationFactor: this.options.replicationFactor ?? 1 }],
      waitForLeaders: true,
    });
  }

  private connectedProducer(): Promise<Producer> {
    if (this.producer) return this.producer;
    this.producer = (async () => {
      const producer = this.kafka.producer({
        // Idempotence: a retried send is not written twice and cannot overtake an earlier one
        // (the broker checks per-partition sequence numbers). kafkajs also serialises produce
        // requests per broker when idempotent; maxInFlightRequests 1 keeps order even if that
        // changes, since kafkajs cannot reorder batches after an OUT_OF_ORDER_SEQUENCE error.
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
        retry: this.options.producerRetry ?? { retries: 8, initialRetryTime: 100, maxRetryTime: 5_000 },
      });
      await producer.connect();
      this.liveProducer = producer;
      return producer;
    })();
    // A failed connect is forgotten, so the next publish tries again instead of failing for ever.
    this.producer.catch(() => (this.producer = undefined));
    return this.producer;
  }

  private discardProducer(producer: Producer): void {
    // Only if no other publish replaced it already.
    if (this.liveProducer === producer) this.producer = this.liveProducer = undefined;
    producer.disconnect().catch((error: unknown) => this.logger.warn(`disconnecting a failed producer: ${String(error)}`));
  }

  private connectedAdmin(): Promise<Admin> {
    if (this.admin) return this.admin;
    this.admin = (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })();
    this.admin.catch(() => (this.admin = undefined));
    return this.admin;
  }
}
