import { envNumber } from '../env-number';
/** Sizes, from the environment so a quick or a long run needs no edit. Defaults fit ~2 minutes on 2 cores. */
export interface BenchConfig {
  databaseUrl: string;
  brokers: string[];
  /** Events appended (untimed) before the throughput race, spread over `streams`. */
  events: number;
  streams: number;
  /** Publisher batchSize and the raw producer's sendBatch size. */
  batchSize: number;
  partitions: number;
  /** Offered rates of the lag runs, events/s. */
  lagRates: number[];
  lagSeconds: number;
  /** Publisher pollIntervalMs values tried in the lag runs. */
  pollIntervals: number[];
  /**
   * The store's `maxAppendsInFlight` in the lag runs; unset = its default (the pool's 10). A value
   * far above the pool (10000) turns group commit off: each append its own statement and commit.
   */
  appendsInFlight: number | undefined;
}

const num = envNumber;

const list = (name: string, fallback: number[]): number[] => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  return value.split(',').map((part) => {
    const n = Number(part.trim());
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a comma-separated list of positive numbers, got ${value}`);
    return n;
  });
};

/** Tags every bench connection, like bench/eventstore does. */
export const BENCH_APPLICATION = 'kongthun-bench';

const benchUrl = (raw: string): string => {
  const url = new URL(raw);
  url.searchParams.set('application_name', BENCH_APPLICATION);
  return url.toString();
};

export const readConfig = (): BenchConfig => ({
  databaseUrl: benchUrl(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'),
  brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean),
  events: num('BENCH_EVENTS', 20_000),
  streams: Math.max(1, num('BENCH_STREAMS', 100)),
  batchSize: Math.max(1, num('BENCH_BATCH_SIZE', 500)),
  partitions: Math.max(1, num('BENCH_PARTITIONS', 3)),
  lagRates: list('BENCH_LAG_RATES', [500, 2000]),
  lagSeconds: num('BENCH_LAG_SECONDS', 8),
  pollIntervals: list('BENCH_POLL_INTERVALS', [100, 10]),
  appendsInFlight: process.env.BENCH_APPENDS_IN_FLIGHT ? num('BENCH_APPENDS_IN_FLIGHT', 10) : undefined,
});

/** The URL could carry a password; the JSON file must not. */
export const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
