import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { LogCheckpoint, PgSqlClient, RecordedEvent, SqlEventStore } from '@kongthun/event-sourcing';
import {
  EventLogPublisher,
  eventToMessage,
  InMemoryCheckpointStore,
  KafkaMessageBus,
  OutgoingMessage,
  topicOfContext,
} from '@kongthun/messaging';
import { BenchConfig, readConfig, redact } from './config';
import { formatLag, formatThroughput, LagResult, MachineFacts, percentile, ThroughputResult, writeJson } from './report';
import {
  benchEvent,
  busOptions,
  createTopics,
  fillStore,
  offerLoad,
  rawKafka,
  rawProducer,
  shortId,
  SOURCE,
  tailOf,
  toKafka,
  waitFor,
} from './workload';
import { hostFacts } from '../host-facts';

const machineFacts = async (config: BenchConfig, kafka: Kafka): Promise<MachineFacts> => {
  const client = new Client({ connectionString: config.databaseUrl });
  await client.connect();
  const admin = kafka.admin();
  await admin.connect();
  try {
    const cluster = await admin.describeCluster();
    return {
      ...hostFacts(),
      postgres: (await client.query<{ version: string }>('SELECT version()')).rows[0].version,
      synchronousCommit: (await client.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0].synchronous_commit,
      kafka: `${cluster.brokers.length} broker(s) at ${config.brokers.join(',')}`,
    };
  } finally {
    await client.end();
    await admin.disconnect();
  }
};

/** 1. The publisher copying a pre-filled log to Kafka, against kafkajs sending the same messages. */
const throughput = async (config: BenchConfig, kafka: Kafka, store: SqlEventStore, context: string): Promise<ThroughputResult[]> => {
  await fillStore(store, context, config.events, config.streams);
  const topic = topicOfContext(context);
  const rawTopic = `bench.${context}.raw`;
  const warmTopic = `bench.${context}.warmup`;
  const admin = kafka.admin();
  await admin.connect();
  await createTopics(admin, [topic, rawTopic, warmTopic], config.partitions);
  await admin.disconnect();

  // The raw side gets exactly what the publisher sends: eventToMessage of every stored event, topic renamed. Made untimed.
  const messages: OutgoingMessage[] = [];
  let after: LogCheckpoint | undefined;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) break;
    for (const entry of batch) messages.push({ ...eventToMessage(entry.event, SOURCE), topic: rawTopic });
    after = batch[batch.length - 1].checkpoint;
  }

  // Both producers connected and warmed on a topic of their own before timing.
  const bus = new KafkaMessageBus(busOptions(config.brokers, 'bench-publisher'));
  await bus.publish([{ ...messages[0], topic: warmTopic }]);
  const publisher = new EventLogPublisher(store, bus, new InMemoryCheckpointStore(), {
    name: `bench-${context}`,
    source: SOURCE,
    batchSize: config.batchSize,
  });
  const started = performance.now();
  await publisher.start();
  await publisher.drained(300_000);
  const publisherSeconds = (performance.now() - started) / 1000;
  const published = publisher.status().published;
  await publisher.stop();
  await bus.close();
  if (published !== messages.length) throw new Error(`publisher published ${published} events, the log holds ${messages.length}`);

  const producer = await rawProducer(kafka);
  await producer.send({ acks: -1, topic: warmTopic, messages: [toKafka(messages[0])] });
  const rawStarted = performance.now();
  for (let i = 0; i < messages.length; i += config.batchSize)
    await producer.sendBatch({
      acks: -1,
      topicMessages: [{ topic: rawTopic, messages: messages.slice(i, i + config.batchSize).map(toKafka) }],
    });
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  await producer.disconnect();

  return [
    {
      subject: `raw kafkajs sendBatch ×${config.batchSize}`,
      events: messages.length,
      seconds: rawSeconds,
      eventsPerSec: messages.length / rawSeconds,
    },
    {
      subject: `EventLogPublisher (SqlEventStore → bus), batch ${config.batchSize}`,
      events: published,
      seconds: publisherSeconds,
      eventsPerSec: published / publisherSeconds,
    },
  ];
};

interface LagSubject {
  name: string;
  topic: string;
  /** Sends one warm-up message/event (untimed) whose id is returned. */
  warmUp(): Promise<string>;
  /** Sends event i; resolves when the producer side (append or produce) is done. */
  send(i: number, sentAt: Map<string, number>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Raw baseline: kafkajs produces the same message shape straight to the topic, acks -1. With an
 * idempotent producer one request is in flight at a time, so messages that arrive meanwhile wait
 * and go together in the next sendBatch (one send() per message could not even reach 500/s).
 */
const rawLagSubject = async (config: BenchConfig, kafka: Kafka, context: string): Promise<LagSubject> => {
  const topic = `bench.${context}.lag`;
  const admin = kafka.admin();
  await admin.connect();
  await createTopics(admin, [topic], config.partitions);
  await admin.disconnect();
  const producer = await rawProducer(kafka);
  let produced = 0n;
  let queue: { message: OutgoingMessage; done: () => void; failed: (e: unknown) => void }[] = [];
  let sending = false;
  const flush = async (): Promise<void> => {
    if (sending) return;
    sending = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        await producer.sendBatch({ acks: -1, topicMessages: [{ topic, messages: batch.map((q) => toKafka(q.message)) }] });
        batch.forEach((q) => q.done());
      } catch (error) {
        batch.forEach((q) => q.failed(error));
      }
    }
    sending = false;
  };
  const produce = (sentAt?: Map<string, number>): Promise<string> => {
    const event = benchEvent(context, 0);
    const position = ++produced;
    // A RecordedEvent as the store would hand it out (hash made up: nobody checks it here).
    const recorded: RecordedEvent = {
      ...event,
      streamId: `${context}-lag-${position}`,
      streamRevision: 0n,
      globalPosition: position,
      recordedAt: new Date().toISOString(),
      prevHash: null,
      hash: '0'.repeat(64),
    };
    sentAt?.set(event.id, Date.now());
    return new Promise<string>((resolve, reject) => {
      queue.push({ message: { ...eventToMessage(recorded, SOURCE), topic }, done: () => resolve(event.id), failed: reject });
      void flush();
    });
  };
  return {
    name: 'raw kafkajs producer',
    topic,
    warmUp: () => produce(),
    send: async (_, sentAt) => void (await produce(sentAt)),
    close: () => producer.disconnect(),
  };
};

/** The subject: single-event appends to the SqlEventStore, EventLogPublisher live on the same store. */
const publisherLagSubject = async (
  config: BenchConfig,
  store: SqlEventStore,
  context: string,
  pollIntervalMs: number,
): Promise<LagSubject> => {
  const bus = new KafkaMessageBus(busOptions(config.brokers, `bench-lag-${context}`));
  const topic = topicOfContext(context);
  await bus.ensureTopics([topic], config.partitions);
  // Starts at the log's end: everything earlier belongs to other runs and topics.
  const checkpoints = new InMemoryCheckpointStore();
  const name = `bench-lag-${context}`;
  const tail = await tailOf(store, undefined);
  if (tail) await checkpoints.save(name, tail);
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name,
    source: SOURCE,
    batchSize: config.batchSize,
    pollIntervalMs,
    onError: (e) => process.stderr.write(`publisher error: ${String(e)}\n`),
  });
  await publisher.start();
  let n = 0;
  const append = async (sentAt?: Map<string, number>): Promise<string> => {
    const event = benchEvent(context, n);
    const stream = `${context}-lag-${n++}`;
    sentAt?.set(event.id, Date.now());
    await store.appendToStream(stream, [event], 'no-stream');
    return event.id;
  };
  return {
    name: `store + EventLogPublisher, poll ${pollIntervalMs} ms`,
    topic,
    warmUp: () => append(),
    send: async (_, sentAt) => void (await append(sentAt)),
    close: async () => {
      await publisher.stop();
      await bus.close();
    },
  };
};

/** 2. Append (or produce) → the consumer's handler, at a fixed offered rate. The consumer is KafkaMessageBus.consume in both cases. */
const measureLag = async (config: BenchConfig, subject: LagSubject, rate: number): Promise<LagResult> => {
  const receivedAt = new Map<string, number>();
  const consumerBus = new KafkaMessageBus(busOptions(config.brokers, `bench-consumer-${shortId()}`));
  try {
    await consumerBus.consume({
      groupId: `bench-${shortId()}`,
      topics: [subject.topic],
      fromBeginning: true,
      handle: async (message) => {
        if (!receivedAt.has(message.headers.ce_id)) receivedAt.set(message.headers.ce_id, Date.now());
      },
    });
    // The group joined and the whole path is warm before timing: a few untimed messages seen first.
    const warm = [await subject.warmUp(), await subject.warmUp(), await subject.warmUp()];
    await waitFor('the warm-up messages', () => warm.every((id) => receivedAt.has(id)), 60_000);

    const sentAt = new Map<string, number>();
    const offered = await offerLoad(rate, config.lagSeconds, (i) => subject.send(i, sentAt));
    await waitFor(`${sentAt.size} messages at the consumer`, () => [...sentAt.keys()].every((id) => receivedAt.has(id)), 30_000).catch(
      (e: Error) => process.stderr.write(`${subject.name} @${rate}/s: ${e.message}\n`),
    );
    const lags = [...sentAt]
      .filter(([id]) => receivedAt.has(id))
      .map(([id, at]) => (receivedAt.get(id) ?? 0) - at)
      .sort((a, b) => a - b);
    return {
      subject: subject.name,
      offeredRate: rate,
      achievedRate: offered.achievedRate,
      sent: offered.sent,
      received: lags.length,
      maxInFlight: offered.maxInFlight,
      p50: percentile(lags, 50),
      p95: percentile(lags, 95),
      p99: percentile(lags, 99),
      max: lags[lags.length - 1] ?? NaN,
    };
  } finally {
    await consumerBus.close();
    await subject.close();
  }
};

const main = async (): Promise<void> => {
  // The services log at info (pino, LOG_LEVEL); Nest's default console logger would also print a
  // debug line per handled message, 16,000 colored writes in the process being measured.
  Logger.overrideLogger(['log', 'warn', 'error']);
  const config = readConfig();
  const kafka = rawKafka(config.brokers);
  const facts = await machineFacts(config, kafka);
  console.log(
    `Machine: ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGiB} GiB, Node ${facts.node}, ${facts.platform}, load ${facts.loadAverage.join(' ')}`,
  );
  console.log(`Server:  ${facts.postgres}, synchronous_commit=${facts.synchronousCommit}`);
  console.log(`Kafka:   ${facts.kafka}; ${config.partitions} partitions per topic, acks -1, idempotent producers`);
  console.log(
    `Sizes:   throughput: ${config.events.toLocaleString('en-US')} events over ${config.streams} streams, batches of ${config.batchSize}; ` +
      `lag: ${config.lagRates.join(', ')} events/s for ${config.lagSeconds} s each, publisher poll ${config.pollIntervals.join(', ')} ms\n`,
  );

  const run = shortId();
  const schema = `bench_msg_${run}`;
  const sql = new PgSqlClient({ connectionString: config.databaseUrl, max: 10 });
  const store = await SqlEventStore.open(sql, { schema, maxAppendsInFlight: config.appendsInFlight });
  const results: { throughput: ThroughputResult[]; lag: LagResult[] } = { throughput: [], lag: [] };
  try {
    process.stdout.write('throughput: publisher vs raw kafkajs ... ');
    let started = Date.now();
    results.throughput = await throughput(config, kafka, store, `b${run}t`);
    console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);

    let k = 0;
    for (const rate of config.lagRates) {
      const subjects = [
        () => rawLagSubject(config, kafka, `b${run}r${k++}`),
        ...config.pollIntervals.map((poll) => () => publisherLagSubject(config, store, `b${run}p${k++}`, poll)),
      ];
      for (const make of subjects) {
        started = Date.now();
        const subject = await make();
        process.stdout.write(`lag @${rate}/s: ${subject.name} ... `);
        const result = await measureLag(config, subject, rate);
        results.lag.push(result);
        console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    await store.close();
    const admin = new Client({ connectionString: config.databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.end());
  }

  console.log(`\n${formatThroughput(results.throughput)}`);
  console.log(`\n${formatLag(results.lag)}`);
  console.log(
    '\nLag: Date.now() when the append (or send) was called → Date.now() in the KafkaMessageBus.consume handler; same consumer for every row.' +
      '\nAppends are single-event, one new stream each, scheduled by target time; "max in flight" = appends/sends not yet completed at once.',
  );
  const file = join(__dirname, '.results', 'latest.json');
  writeJson(file, {
    finishedAt: new Date().toISOString(),
    machine: facts,
    config: { ...config, databaseUrl: redact(config.databaseUrl) },
    ...results,
  });
  console.log(`\nResults: ${file}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
