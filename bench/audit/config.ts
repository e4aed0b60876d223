import { envNumber } from '../env-number';

/** Sizes, from the environment so a quick or a long run needs no edit. Defaults fit a few minutes on 2 cores. */
export interface AuditBenchConfig {
  /** In-memory tree sizes at which inclusion proofs are timed; the largest is also the append run. */
  treeSizes: number[];
  /** Random inclusion proofs timed at each in-memory size. */
  proofs: number;
  /** Events recomputed by the in-memory full-verification run. */
  verifyEvents: number;
  /** Persisted ledger sizes (PGlite, PG) at which proofs are timed; events are loaded in batches up to each. */
  storeSizes: number[];
  /** Random inclusion proofs timed at each persisted size. */
  storeProofs: number;
  /** Sequential one-event appends (one transaction each), timed before the batched load. */
  singleAppends: number;
  /** Events per appendMany (one transaction) in the batched load. */
  batch: number;
  /** Streams the generated events are spread over (each stream is a hash chain). */
  streams: number;
  /** `memory,pglite,pg`; pg runs only when DATABASE_URL is set. The engines also run the incremental parts. */
  subjects: string[];
  /** `ledger` (the tables above), `chain`, `findings`, `scanner` (the incremental parts, each against a baseline). */
  parts: string[];
  /** Ledger sizes at which one incremental chain check is timed next to a full one. */
  chainSizes: number[];
  /** Events per stream in the chain-check ledger: streams grow with the ledger, as funds and members do. */
  chainStreamLength: number;
  /** Streams that receive one new event before each incremental check. */
  chainChanged: number;
  /** Incremental checks timed at each size (each after its own batch of new events). */
  chainRounds: number;
  /** Numbers of findings at which one page is timed next to reading them all. */
  findingCounts: number[];
  findingPage: number;
  /** Money-log sizes at which a restarted scanner is timed next to a replay from zero. */
  moneySizes: number[];
  /** Messages appended after the checkpoint, before the restarted scanner runs. */
  moneyTail: number;
  databaseUrl: string | undefined;
}

const sizes = (name: string, fallback: number[]): number[] =>
  (process.env[name] ?? fallback.join(','))
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => {
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${name} must be a comma-separated list of positive integers`);
      return true;
    })
    .sort((a, b) => a - b);

export const readConfig = (): AuditBenchConfig => ({
  treeSizes: sizes('BENCH_TREE_SIZES', [100_000, 1_000_000]),
  proofs: envNumber('BENCH_PROOFS', 10_000),
  verifyEvents: envNumber('BENCH_VERIFY_EVENTS', 100_000),
  storeSizes: sizes('BENCH_STORE_SIZES', [10_000, 100_000]),
  storeProofs: envNumber('BENCH_STORE_PROOFS', 500),
  singleAppends: envNumber('BENCH_SINGLE_APPENDS', 500),
  batch: envNumber('BENCH_BATCH', 1000),
  streams: envNumber('BENCH_STREAMS', 1000),
  subjects: (process.env.BENCH_SUBJECTS ?? 'memory,pglite,pg').split(',').map((s) => s.trim()),
  parts: (process.env.BENCH_PARTS ?? 'ledger,chain,findings,scanner').split(',').map((s) => s.trim()),
  chainSizes: sizes('BENCH_CHAIN_SIZES', [10_000, 100_000]),
  chainStreamLength: envNumber('BENCH_CHAIN_STREAM_LENGTH', 20),
  chainChanged: envNumber('BENCH_CHAIN_CHANGED', 10),
  chainRounds: envNumber('BENCH_CHAIN_ROUNDS', 5),
  findingCounts: sizes('BENCH_FINDINGS', [1_000, 10_000]),
  findingPage: envNumber('BENCH_FINDING_PAGE', 50),
  moneySizes: sizes('BENCH_MONEY_SIZES', [10_000, 50_000]),
  moneyTail: envNumber('BENCH_MONEY_TAIL', 100),
  databaseUrl: process.env.DATABASE_URL || undefined,
});
