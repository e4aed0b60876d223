import { randomUUID } from 'node:crypto';
import { Admin, Kafka, logLevel, Message, Partitioners, Producer } from 'kafkajs';
import { EventToAppend, LogCheckpoint, SqlEventStore } from '@kongthun/event-sourcing';
import { BusLogger, KafkaMessageBusOptions, OutgoingMessage } from '@kongthun/messaging';

export const SOURCE = '/kongthun/bench';

/** Shaped like tests/messaging/support/scenario.ts `scenarioEvent`; the type's first word is the context (→ topic). */
export const benchEvent = (context: string, n: number): EventToAppend => ({
  id: randomUUID(),
  type: `${context}.thing.happened`,
  schemaVersion: 1,
  data: { n, amount: `${n}.00`, note: 'bench' },
  metadata: { actor: { userId: 'bench', role: 'treasurer' }, correlationId: randomUUID(), causationId: null },
});

/** Errors to stderr (a benchmark should not hide them), the rest dropped. */
export const benchLogger: BusLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: (message, error) => process.stderr.write(`kafka bus error: ${message} ${String(error ?? '')}\n`),
};

/** Short heartbeats and fetch waits, so joins and stop() take well under a second (as in the integration tests). */
export const busOptions = (brokers: string[], clientId: string): KafkaMessageBusOptions => ({
  brokers,
  clientId,
  kafkaLogLevel: logLevel.NOTHING,
  logger: benchLogger,
  consumer: { sessionTimeout: 6_000, heartbeatInterval: 300, rebalanceTimeout: 5_000, maxWaitTimeInMs: 100, restartDelayMs: 500 },
});

export const rawKafka = (brokers: string[]): Kafka => new Kafka({ clientId: 'bench-raw', brokers, logLevel: logLevel.NOTHING });

/** The same producer settings as KafkaMessageBus's, without the bus around it. */
export const rawProducer = async (kafka: Kafka): Promise<Producer> => {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
};

export const createTopics = async (admin: Admin, topics: string[], partitions: number): Promise<void> => {
  for (const topic of topics)
    await admin.createTopics({ topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }], waitForLeaders: true });
};

export const toKafka = ({ key, value, headers }: OutgoingMessage): Message => ({ key, value, headers });

/** Appends `events` events over `streams` streams, appends of up to 50 events, all streams at once. Untimed. */
export const fillStore = async (store: SqlEventStore, context: string, events: number, streams: number): Promise<void> => {
  const perStream = Math.ceil(events / streams);
  let left = events;
  const plan = Array.from({ length: streams }, () => {
    const count = Math.min(perStream, left);
    left -= count;
    return count;
  });
  await Promise.all(
    plan.map(async (count, s) => {
      let expected: bigint | 'no-stream' = 'no-stream';
      for (let n = 0; n < count; n += 50) {
        const batch = Array.from({ length: Math.min(50, count - n) }, (_, i) => benchEvent(context, n + i));
        expected = (await store.appendToStream(`${context}-stream-${s}`, batch, expected)).nextExpectedRevision;
      }
    }),
  );
};

/** The checkpoint of the last event in the log, so a new publisher starts at the end instead of republishing. */
export const tailOf = async (store: SqlEventStore, from: LogCheckpoint | undefined): Promise<LogCheckpoint | undefined> => {
  let after = from;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) return after;
    after = batch[batch.length - 1].checkpoint;
  }
};

export const waitFor = async (what: string, done: () => boolean, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

export const shortId = (): string => randomUUID().replace(/-/g, '').slice(-10);

/**
 * Offers `send(i)` at `rate` per second for `seconds`: send i is due at t0 + i/rate, whatever the
 * previous sends are doing (schedule by target time; a slow send does not delay the next ones, it
 * shows up as events in flight). Resolves once every send settled.
 */
export const offerLoad = async (
  rate: number,
  seconds: number,
  send: (i: number) => Promise<void>,
): Promise<{ sent: number; achievedRate: number; maxInFlight: number; failures: number }> => {
  const total = Math.max(1, Math.round(rate * seconds));
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failures = 0;
  let lastDone = 0;
  const t0 = performance.now();
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) * rate) / 1000) + 1);
    for (; next < due; next++) {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      pending.push(
        send(next)
          .catch(() => void failures++)
          .finally(() => {
            inFlight--;
            lastDone = performance.now();
          }),
      );
    }
    if (next >= total) break;
    const wait = t0 + (next * 1000) / rate - performance.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
  }
  await Promise.all(pending);
  return { sent: total - failures, achievedRate: ((total - failures) * 1000) / Math.max(1, lastDone - t0), maxInFlight, failures };
};
