import { Admin, Kafka, logLevel } from 'kafkajs';
import { v4 as uuid } from 'uuid';
import { DEAD_LETTER_HEADERS, MessageBus, OutgoingMessage, deadLetterTopicOf } from '../bus/message-bus';
import { headersOf } from '../kafka/kafka-consumer';

/** One message of a dead-letter topic, with what the consumer that gave up on it recorded. */
export interface DeadLetter {
  dlqTopic: string;
  partition: number;
  offset: string;
  key: string;
  value: string;
  headers: Record<string, string>;
  error: string;
  sourceTopic: string;
  sourcePartition: string;
  sourceOffset: string;
  attempts: number;
  /** Already sent back to its source topic by `replayAll` (or by replaying the next one in line). */
  replayed: boolean;
}

/** Names the dead-letter topic a replayed message came from, for whoever reads it on the source topic. */
export const REPLAYED_FROM_HEADER = 'kt_dlq_replayed_from';

/** The group whose committed offsets on a dead-letter topic mark how far it has been replayed. */
export const DLQ_REPLAY_GROUP = 'kongthun.dlq-replay';

/** `welfare`, `kongthun.welfare.events` or `kongthun.welfare.events.dlq`: the dead-letter topic meant. */
export const dlqTopicOf = (topicOrContext: string): string => {
  if (topicOrContext.endsWith('.dlq')) return topicOrContext;
  return deadLetterTopicOf(topicOrContext.includes('.') ? topicOrContext : `kongthun.${topicOrContext}.events`);
};

const dlqHeaderNames = new Set<string>(Object.values(DEAD_LETTER_HEADERS));

/** What goes back to the source topic: the original message, without the dead-letter headers. */
export const replayMessageOf = (letter: DeadLetter): OutgoingMessage => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(letter.headers)) if (!dlqHeaderNames.has(name)) headers[name] = value;
  headers[REPLAYED_FROM_HEADER] = `${letter.dlqTopic}/${letter.partition}@${letter.offset}`;
  return { topic: letter.sourceTopic, key: letter.key, value: letter.value, headers };
};

/**
 * Lists and replays the dead letters of a topic. Replay is the remedy for a message a consumer
 * gave up on once the cause is fixed: the message goes back to its source topic with its key (so
 * the same partition, after what is there) and its headers, and consumers absorb a duplicate by
 * event id or revision. Order within a key is kept by replaying in dead-letter order, which is
 * why a fund whose event was dead-lettered (and every later one with it, as gaps) recovers with
 * one `replayAll`.
 */
export class KafkaDeadLetters {
  private readonly kafka: Kafka;
  private admin?: Admin;

  constructor(
    brokers: string[],
    private readonly bus: MessageBus,
    private readonly replayGroup = DLQ_REPLAY_GROUP,
  ) {
    this.kafka = new Kafka({ clientId: 'kongthun-dlq', brokers, logLevel: logLevel.NOTHING });
  }

  /** Every message of the topic's dead-letter topic, oldest first per partition. */
  async list(topicOrContext: string): Promise<DeadLetter[]> {
    const dlqTopic = dlqTopicOf(topicOrContext);
    const admin = await this.connectedAdmin();
    if (!(await admin.listTopics()).includes(dlqTopic)) return [];
    const ends = await admin.fetchTopicOffsets(dlqTopic);
    const marks = await this.replayMarks(dlqTopic);
    const wanted = new Map(ends.filter((p) => BigInt(p.high) > BigInt(p.low)).map((p) => [p.partition, BigInt(p.high)]));
    const letters: DeadLetter[] = [];
    if (wanted.size === 0) return letters;
    // A group of its own that never commits: reading the dead letters moves nothing.
    const consumer = this.kafka.consumer({ groupId: `kongthun.dlq-reader.${uuid()}`, maxWaitTimeInMs: 100 });
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [dlqTopic], fromBeginning: true });
      const remaining = new Set(wanted.keys());
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`reading ${dlqTopic} took over 30 s`)), 30_000);
        consumer
          .run({
            autoCommit: false,
            eachMessage: async ({ partition, message }) => {
              const end = wanted.get(partition);
              if (end === undefined || BigInt(message.offset) >= end) return;
              const headers = headersOf(message.headers);
              letters.push({
                dlqTopic,
                partition,
                offset: message.offset,
                key: message.key?.toString() ?? '',
                value: message.value?.toString() ?? '',
                headers,
                error: headers[DEAD_LETTER_HEADERS.error] ?? '',
                sourceTopic: headers[DEAD_LETTER_HEADERS.sourceTopic] ?? '',
                sourcePartition: headers[DEAD_LETTER_HEADERS.sourcePartition] ?? '',
                sourceOffset: headers[DEAD_LETTER_HEADERS.sourceOffset] ?? '',
                attempts: Number(headers[DEAD_LETTER_HEADERS.attempts] ?? 0),
                replayed: BigInt(message.offset) < (marks.get(partition) ?? 0n),
              });
              if (BigInt(message.offset) + 1n >= end) remaining.delete(partition);
              if (remaining.size === 0) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
  }

  /** One dead letter, by partition and offset. */
  async show(topicOrContext: string, partition: number, offset: string): Promise<DeadLetter | undefined> {
    return (await this.list(topicOrContext)).find((l) => l.partition === partition && l.offset === offset);
  }

  /** Sends one dead letter back to its source topic, replayed or not. */
  async replayOne(topicOrContext: string, partition: number, offset: string): Promise<DeadLetter> {
    const letter = await this.show(topicOrContext, partition, offset);
    if (!letter) throw new Error(`no dead letter at ${dlqTopicOf(topicOrContext)}/${partition}@${offset}`);
    await this.bus.publish([replayMessageOf(letter)]);
    const marks = await this.replayMarks(letter.dlqTopic);
    // The next one in line moves the mark; one out of order leaves it, so replayAll still sends it.
    if ((marks.get(partition) ?? 0n) === BigInt(offset)) await this.mark(letter.dlqTopic, new Map([[partition, BigInt(offset) + 1n]]));
    return letter;
  }

  /** Sends every dead letter not replayed yet back to its source topic, in order, and marks them. */
  async replayAll(topicOrContext: string): Promise<DeadLetter[]> {
    const pending = (await this.list(topicOrContext)).filter((l) => !l.replayed);
    if (pending.length === 0) return [];
    await this.bus.publish(pending.map(replayMessageOf));
    const next = new Map<number, bigint>();
    for (const l of pending) next.set(l.partition, BigInt(l.offset) + 1n);
    await this.mark(pending[0].dlqTopic, next);
    return pending;
  }

  async close(): Promise<void> {
    await this.admin?.disconnect();
  }

  private async replayMarks(dlqTopic: string): Promise<Map<number, bigint>> {
    const admin = await this.connectedAdmin();
    const [offsets] = await admin.fetchOffsets({ groupId: this.replayGroup, topics: [dlqTopic] });
    return new Map((offsets?.partitions ?? []).filter((p) => Number(p.offset) >= 0).map((p) => [p.partition, BigInt(p.offset)]));
  }

  private async mark(dlqTopic: string, next: Map<number, bigint>): Promise<void> {
    const admin = await this.connectedAdmin();
    const partitions = [...next].map(([partition, offset]) => ({ partition, offset: offset.toString() }));
    await admin.setOffsets({ groupId: this.replayGroup, topic: dlqTopic, partitions });
  }

  private async connectedAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }
}
