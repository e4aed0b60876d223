import { envNumber } from '../env-number';
/** Sizes, from the environment so a quick or a long run needs no edit. Defaults fit ~2 minutes on 2 cores. */
export interface BenchConfig {
  databaseUrl: string;
  /** Sequential 1-event appends to one stream. */
  singleAppends: number;
  /** Sequential 10-event appends to one stream. */
  batchAppends: number;
  batchSize: number;
  streams: number;
  eventsPerStream: number;
  /** Connection pool of every server subject, and the number of appends in flight. */
  pool: number;
  readBatch: number;
  readPasses: number;
  /** Appends made, untimed, before the timed ones (JIT, connections, plans, caches). */
  warmupAppends: number;
  /** PGlite runs this fraction of the append counts (it is one session, in-process WASM). */
  pgliteScale: number;
  /** Each subject runs this many times, alternating order; the table shows the best figure. */
  rounds: number;
  subjects: string[];
}

const int = envNumber;

/** Tags every bench connection, so interference.ts can tell other clients of the server from ours. */
export const BENCH_APPLICATION = 'kongthun-bench';

const benchUrl = (raw: string): string => {
  const url = new URL(raw);
  url.searchParams.set('application_name', BENCH_APPLICATION);
  return url.toString();
};

export const ALL_SUBJECTS = ['raw', 'kongthun', 'emmett', 'pglite'] as const;

export const readConfig = (): BenchConfig => {
  const singleAppends = int('BENCH_EVENTS', 1500);
  return {
    databaseUrl: benchUrl(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'),
    singleAppends,
    batchAppends: int('BENCH_BATCH_APPENDS', Math.ceil(singleAppends / 4)),
    batchSize: int('BENCH_BATCH_SIZE', 10),
    streams: int('BENCH_STREAMS', 1000),
    eventsPerStream: int('BENCH_EVENTS_PER_STREAM', 4),
    pool: int('BENCH_POOL', 10),
    readBatch: int('BENCH_READ_BATCH', 1000),
    readPasses: int('BENCH_READ_PASSES', 3),
    warmupAppends: int('BENCH_WARMUP', 200),
    pgliteScale: int('BENCH_PGLITE_SCALE', 0.25),
    rounds: Math.max(1, int('BENCH_ROUNDS', 2)),
    subjects: (process.env.BENCH_SUBJECTS ?? ALL_SUBJECTS.join(','))
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
};
