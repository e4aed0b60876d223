import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { BenchConfig, readConfig } from './config';
import { EmmettSubject } from './emmett-subject';
import { KongthunSubject } from './kongthun-subject';
import { RawBaseline } from './raw-baseline';
import { PhaseName, PhaseResult, SubjectResult } from './report';
import { appendCount, eventCount, StreamAppends, streamAppends, Subject } from './workload';

/**
 * One subject, measured in a process of its own (forked by main.ts): no JIT state, heap, pool or
 * global `pg` type parser carries over from one subject to the next.
 */
const makeSubject = (name: string, config: BenchConfig): Subject => {
  const suffix = randomBytes(4).toString('hex');
  switch (name) {
    case 'raw':
      return new RawBaseline(config.databaseUrl, config.pool, `bench_raw_${suffix}`);
    case 'kongthun':
      return KongthunSubject.onServer(config.databaseUrl, config.pool, `bench_kt_${suffix}`);
    case 'emmett':
      return new EmmettSubject(config.databaseUrl, config.pool, `bench_emmett_${suffix}`);
    case 'pglite':
      return KongthunSubject.onPglite();
    default:
      throw new Error(`Unknown subject ${name}`);
  }
};

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

const phase = (appends: number, events: number, seconds: number): PhaseResult => ({
  appends,
  events,
  seconds,
  appendsPerSec: appends / seconds,
  eventsPerSec: events / seconds,
});

const many = (prefix: string, streams: number, perStream: number): StreamAppends[] =>
  Array.from({ length: streams }, (_, i) => streamAppends(`${prefix}-${i}`, perStream, 1));

export const runSubject = async (name: string, config: BenchConfig): Promise<SubjectResult> => {
  const scale = name === 'pglite' ? config.pgliteScale : 1;
  const n = (count: number): number => Math.max(1, Math.round(count * scale));
  // Every event is made before timing starts: generating ids and payloads is not the store's cost.
  const warmOne = streamAppends('warmup-one', n(config.warmupAppends), 1);
  const warmMany = many('warmup-many', config.pool * 4, Math.max(1, Math.round(n(config.warmupAppends) / (config.pool * 4))));
  const one = streamAppends('claim-single', n(config.singleAppends), 1);
  const batched = streamAppends('claim-batched', n(config.batchAppends), config.batchSize);
  const streams = many('claim', n(config.streams), config.eventsPerStream);
  const written = eventCount([warmOne, ...warmMany, one, batched, ...streams]);

  const subject = makeSubject(name, config);
  const phases = {} as Record<PhaseName, PhaseResult>;
  const readRates: number[] = [];
  let eventsRead = 0;
  let distinctRead = 0;
  try {
    await subject.setup();
    await subject.appendOneStream(warmOne);
    await subject.appendManyStreams(warmMany, config.pool);
    await subject.readAll(config.readBatch);

    phases.oneStream1 = phase(one.appends.length, eventCount([one]), await timed(() => subject.appendOneStream(one)));
    phases.oneStreamBatch = phase(batched.appends.length, eventCount([batched]), await timed(() => subject.appendOneStream(batched)));
    phases.manyStreams = phase(
      appendCount(streams),
      eventCount(streams),
      await timed(() => subject.appendManyStreams(streams, config.pool)),
    );

    // One untimed pass fills caches with the rows just written and checks what the reader returns;
    // the figure is the median of the timed passes.
    const positions = new Set<string>();
    eventsRead = await subject.readAll(config.readBatch, positions);
    distinctRead = positions.size;
    for (let pass = 0; pass < config.readPasses; pass++) {
      let read = 0;
      const seconds = await timed(async () => (read = await subject.readAll(config.readBatch)));
      readRates.push(read / seconds);
    }
    const sorted = [...readRates].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    phases.readAll = { appends: 0, events: eventsRead, seconds: eventsRead / median, appendsPerSec: 0, eventsPerSec: median };
  } finally {
    await subject.teardown();
  }
  return { subject: name, scale, phases, readRates, eventsWritten: written, eventsRead, distinctRead };
};

// Forked by main.ts: run the subject named in argv and hand the result back over IPC
// (run directly, it prints the result instead).
if (require.main === module) {
  const reply = (message: object, code: number): void => {
    if (process.send) process.send(message, () => process.exit(code));
    else {
      console.log(JSON.stringify(message, null, 2));
      process.exit(code);
    }
  };
  runSubject(process.argv[2], readConfig()).then(
    (result) => reply({ result }, 0),
    (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1),
  );
}
