import { Consumer as KafkaJsConsumer, EachMessagePayload, IHeaders, Kafka } from 'kafkajs';
import { ConsumeOptions, Consumer, OutgoingMessage, RetryPolicy } from '../bus/message-bus';
import { ConsumerStoppedError, abortableSleep, deliverWithRetry, describeError } from '../in-process/deliver-with-retry';
import { BusLogger } from './kafka-logging';

export interface KafkaConsumerTuning {
  /** Broker drops a silent member after this; also bounds redelivery after a process crash. */
  sessionTimeout?: number;
  heartbeatInterval?: number;
  /** How long a rebalance waits for members to rejoin (a stuck member is dropped after it). */
  rebalanceTimeout?: number;
  /** Long-poll wait of an empty fetch: latency of a quiet topic, and of stop(). */
  maxWaitTimeInMs?: number;
  /** Partitions handled at once; each partition stays sequential, so per-key order holds. */
  partitionsConsumedConcurrently?: number;
  /** Delay before a consumer that kafkajs gave up on is built again. */
  restartDelayMs?: number;
}

interface Deps {
  tuning: KafkaConsumerTuning;
  logger: BusLogger;
  deadLetter(message: OutgoingMessage): Promise<void>;
  /** Runs a connection attempt through the consumer's breaker (none when absent). */
  guard?<T>(call: () => Promise<T>): Promise<T>;
}

/**
 * One kafkajs consumer per consume() call. Retries happen inside eachMessage, so kafkajs resolves
 * (and auto-commits) an offset only once the handler succeeded or the message was dead-lettered;
 * whatever leaves eachMessage by an exception is not committed and is fetched again.
 */
export class KafkaBusConsumer implements Consumer {
  onStopped?: () => void;
  private consumer?: KafkaJsConsumer;
  private readonly stopping = new AbortController();
  private restartTimer?: NodeJS.Timeout;
  private readonly heartbeatInterval: number;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: ConsumeOptions & { retry: RetryPolicy },
    private readonly deps: Deps,
  ) {
    this.heartbeatInterval = deps.tuning.heartbeatInterval ?? 3_000;
  }

  /** Resolves once the group is joined and the first fetch positioned the consumer; counted by its breaker. */
  start(): Promise<void> {
    return this.deps.guard ? this.deps.guard(() => this.join()) : this.join();
  }

  private async join(): Promise<void> {
    const { tuning } = this.deps;
    const { groupId, topics, fromBeginning } = this.options;
    const consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: tuning.sessionTimeout ?? 30_000,
      heartbeatInterval: this.heartbeatInterval,
      rebalanceTimeout: tuning.rebalanceTimeout ?? 60_000,
      maxWaitTimeInMs: tuning.maxWaitTimeInMs ?? 1_000,
      allowAutoTopicCreation: false,
      // kafkajs consults this only after retriable crashes; the CRASH listener handles the rest.
      retry: { restartOnFailure: async () => !this.stopping.signal.aborted },
    });
    this.consumer = consumer;
    this.watch(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: fromBeginning ?? false });
    // run() returns after the join, but a new group's "latest" offsets are looked up by the first
    // fetch: waiting for it means a message published after consume() resolved is not skipped.
    const positioned = firstFetch(consumer, 15_000);
    try {
      await consumer.run({
        partitionsConsumedConcurrently: tuning.partitionsConsumedConcurrently ?? 1,
        eachMessage: (payload) => this.eachMessage(payload),
      });
      await positioned.done;
    } finally {
      positioned.cancel();
    }
  }

  async stop(): Promise<void> {
    this.stopping.abort(new ConsumerStoppedError());
    clearTimeout(this.restartTimer);
    // disconnect() waits for the message in hand; its backoff is cut short by the abort above.
    await this.consumer?.disconnect();
    this.onStopped?.();
  }

  private async eachMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const interrupt = new AbortController();
    const onStop = () => interrupt.abort(this.stopping.signal.reason);
    if (this.stopping.signal.aborted) onStop();
    this.stopping.signal.addEventListener('abort', onStop, { once: true });
    // kafkajs has no background heartbeat thread: without this a handler or a backoff longer than
    // sessionTimeout gets the member thrown out and its partitions handed to another member while
    // it still works on them. A failed heartbeat means a rebalance: stop retrying and rejoin.
    const ticker = setInterval(() => heartbeat().catch((error: unknown) => interrupt.abort(error)), this.heartbeatInterval);
    try {
      const incoming = {
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? '',
        value: message.value?.toString() ?? '',
        headers: headersOf(message.headers),
      };
      const outcome = await deliverWithRetry(incoming, this.options.handle, this.options.retry, {
        wait: (ms) => abortableSleep(ms, interrupt.signal),
        deadLetter: (dead) => this.deps.deadLetter(dead),
        onFailure: (m, attempt, error) =>
          this.deps.logger.warn(
            `${this.options.groupId}: ${m.topic}/${m.partition}@${m.offset} failed (attempt ${attempt}/${this.options.retry.attempts}): ${describeError(error)}`,
          ),
      });
      if (outcome === 'dead-lettered')
        this.deps.logger.error(`${this.options.groupId}: ${topic}/${partition}@${message.offset} went to the dead-letter topic`);
    } finally {
      clearInterval(ticker);
      this.stopping.signal.removeEventListener('abort', onStop);
    }
  }

  private watch(consumer: KafkaJsConsumer): void {
    const { logger } = this.deps;
    const { groupId } = this.options;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
      logger.log(`${groupId}: joined as ${payload.memberId}, partitions ${JSON.stringify(payload.memberAssignment)}`),
    );
    consumer.on(consumer.events.REBALANCING, () => logger.log(`${groupId}: rebalancing`));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (this.stopping.signal.aborted) return;
      // A crash after the join is a failure of this consumer's connection too: its breaker counts it.
      this.deps.guard?.(() => Promise.reject(payload.error)).catch(() => undefined);
      if (payload.restart) return logger.error(`consumer ${groupId} crashed; kafkajs restarts it`, payload.error);
      // kafkajs restarts only after retriable errors; anything else would leave a dead consumer.
      const delay = this.deps.tuning.restartDelayMs ?? 5_000;
      logger.error(`consumer ${groupId} crashed for good; a new one starts in ${delay} ms`, payload.error);
      this.restartTimer = setTimeout(() => this.restart(delay), delay);
    });
  }

  private async restart(delay: number): Promise<void> {
    if (this.stopping.signal.aborted) return;
    try {
      await this.start();
    } catch (error) {
      await this.consumer?.disconnect().catch(() => undefined);
      const next = Math.min(delay * 2, 60_000);
      this.deps.logger.error(`consumer ${this.options.groupId} did not restart; next try in ${next} ms`, error);
      this.restartTimer = setTimeout(() => this.restart(next), next);
    }
  }
}

function firstFetch(consumer: KafkaJsConsumer, timeoutMs: number): { done: Promise<void>; cancel: () => void } {
  let cancel = () => undefined as void;
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(finish, timeoutMs);
    const remove = consumer.on(consumer.events.FETCH, finish);
    function finish() {
      clearTimeout(timer);
      remove();
      resolve();
    }
    cancel = finish;
  });
  return { done, cancel };
}

/** kafkajs hands headers over as Buffers; a repeated header arrives as an array: the last one wins. */
export function headersOf(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) result[name] = last.toString();
  }
  return result;
}
