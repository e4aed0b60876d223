import { ConsumeOptions, Consumer, DEFAULT_RETRY, MessageBus, OutgoingMessage, RetryPolicy } from '../bus/message-bus';
import { metrics } from '@kongthun/observability';
import { ConsumerStoppedError, abortableSleep, deliverWithRetry } from './deliver-with-retry';

export interface InProcessBusOptions {
  /** Partitions of every topic (Kafka default here: 3). */
  partitions?: number;
  /** Multiplies every backoff: tests use 0.01 so a 5-attempt policy does not take seconds. */
  backoffScale?: number;
  onError?: (text: string, error: unknown) => void;
}

type Stored = Omit<OutgoingMessage, 'topic'>;

interface Member {
  id: number;
  options: ConsumeOptions & { retry: RetryPolicy };
  abort: AbortController;
  inFlight: Set<Promise<unknown>>;
  /** Takes its lag off /metrics. */
  unwatch?: () => void;
}

interface Group {
  members: Member[];
  /** `topic/partition` -> next offset to deliver (Kafka's committed offset). */
  committed: Map<string, number>;
  /** `topic/partition` -> true while a delivery loop runs for it, so a partition never runs twice. */
  running: Set<string>;
}

/**
 * The bus for the embedded mode, with Kafka's semantics in memory: a topic is N append-only
 * partitions chosen by a hash of the key; each group has its own committed offsets and a partition
 * belongs to one member of the group at a time, which gets its messages one after another. Nothing
 * survives the process: this is for the single-process mode and tests, not durability.
 */
export class InProcessMessageBus implements MessageBus {
  private readonly topics = new Map<string, Stored[][]>();
  private readonly groups = new Map<string, Group>();
  private readonly partitions: number;
  private readonly backoffScale: number;
  private nextMemberId = 1;
  private closed = false;

  constructor(private readonly options: InProcessBusOptions = {}) {
    this.partitions = options.partitions ?? 3;
    this.backoffScale = options.backoffScale ?? 1;
  }

  async publish(messages: readonly OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('the bus is closed');
    const touched = new Set<string>();
    for (const { topic, key, value, headers } of messages) {
      const partition = partitionOf(key, this.partitions);
      this.topic(topic)[partition].push({ key, value, headers: { ...headers } });
      touched.add(topic);
    }
    // Delivery starts after publish resolved, as with a broker: a handler never runs inside publish().
    setImmediate(() => touched.forEach((topic) => this.kickTopic(topic)));
  }

  async consume(options: ConsumeOptions): Promise<Consumer> {
    if (this.closed) throw new Error('the bus is closed');
    const group: Group = this.groups.get(options.groupId) ?? { members: [], committed: new Map(), running: new Set() };
    this.groups.set(options.groupId, group);
    const member: Member = {
      id: this.nextMemberId++,
      options: { ...options, retry: options.retry ?? DEFAULT_RETRY },
      abort: new AbortController(),
      inFlight: new Set(),
    };
    // Like Kafka's auto.offset.reset: only a group without a committed offset starts at either end.
    for (const topic of options.topics) {
      this.topic(topic).forEach((log, partition) => {
        const key = `${topic}/${partition}`;
        if (!group.committed.has(key)) group.committed.set(key, options.fromBeginning ? 0 : log.length);
      });
    }
    group.members.push(member);
    options.topics.forEach((topic) => this.kickTopic(topic));
    member.unwatch = metrics.watchConsumerLag({
      lag: async () =>
        options.topics.flatMap((topic) =>
          this.topic(topic).map((log, partition) => ({
            group: options.groupId,
            topic,
            partition,
            lag: log.length - (group.committed.get(`${topic}/${partition}`) ?? 0),
          })),
        ),
    });
    return { stop: () => this.leave(group, member) };
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.groups.values()].flatMap((group) => group.members.map((m) => this.leave(group, m))));
  }

  private async leave(group: Group, member: Member): Promise<void> {
    if (!group.members.includes(member)) return;
    group.members = group.members.filter((m) => m !== member);
    member.unwatch?.();
    member.abort.abort(new ConsumerStoppedError());
    // As kafkajs' disconnect: stop() returns once the handler in progress has finished.
    await Promise.allSettled([...member.inFlight]);
    member.options.topics.forEach((topic) => this.kickTopic(topic));
  }

  private topic(name: string): Stored[][] {
    let partitions = this.topics.get(name);
    if (!partitions) {
      partitions = Array.from({ length: this.partitions }, () => []);
      this.topics.set(name, partitions);
    }
    return partitions;
  }

  private kickTopic(topic: string): void {
    for (const group of this.groups.values()) {
      for (let partition = 0; partition < this.partitions; partition++) void this.drain(group, topic, partition);
    }
  }

  /** Range-like assignment: the members subscribed to the topic share its partitions. */
  private ownerOf(group: Group, topic: string, partition: number): Member | undefined {
    const subscribed = group.members.filter((m) => m.options.topics.includes(topic));
    return subscribed.length === 0 ? undefined : subscribed[partition % subscribed.length];
  }

  /** Delivers one partition's backlog in order; a failed delivery is retried from the same offset. */
  private async drain(group: Group, topic: string, partition: number): Promise<void> {
    const key = `${topic}/${partition}`;
    if (group.running.has(key)) return;
    group.running.add(key);
    try {
      for (;;) {
        const owner = this.ownerOf(group, topic, partition);
        const offset = group.committed.get(key);
        const stored = this.topic(topic)[partition][offset ?? Infinity];
        if (!owner || offset === undefined || !stored) return;
        const delivery = this.deliver(owner, { ...stored, topic, partition, offset: String(offset) });
        owner.inFlight.add(delivery);
        const committed = await delivery.finally(() => owner.inFlight.delete(delivery));
        if (committed) group.committed.set(key, offset + 1);
      }
    } finally {
      group.running.delete(key);
    }
  }

  private async deliver(member: Member, message: Stored & { topic: string; partition: number; offset: string }): Promise<boolean> {
    try {
      await deliverWithRetry(message, member.options.handle, member.options.retry, {
        wait: (ms) => abortableSleep(ms * this.backoffScale, member.abort.signal),
        deadLetter: (dead) => this.publish([dead]),
        group: member.options.groupId,
        onFailure: (m, attempt, error) =>
          this.options.onError?.(`handler failed on ${m.topic}/${m.partition}@${m.offset} (attempt ${attempt})`, error),
      });
      return true;
    } catch (error) {
      if (!(error instanceof ConsumerStoppedError)) this.options.onError?.('delivery failed; will redeliver', error);
      return false;
    }
  }
}

/** FNV-1a: stable across runs, so a key always maps to the same partition. */
export function partitionOf(key: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % partitions;
}
