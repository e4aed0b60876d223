import { fork } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { ALL_SUBJECTS, BenchConfig, readConfig } from './config';
import { Interference, watchServer } from './interference';
import { bestOf, formatReadChecks, formatTable, LABELS, MachineFacts, SubjectResult, writeJson } from './report';
import { benchEvent, payloadBytes } from './workload';
import { hostFacts } from '../host-facts';

/** Settings that decide what a commit costs; printed so figures from two machines can be compared. */
const SETTINGS = [
  'synchronous_commit',
  'fsync',
  'wal_sync_method',
  'full_page_writes',
  'commit_delay',
  'wal_level',
  'shared_buffers',
  'max_wal_size',
  'jit',
];

const machineFacts = async (url: string): Promise<MachineFacts> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query<{ version: string }>('SELECT version()')).rows[0].version;
    const settings: Record<string, string> = {};
    for (const name of SETTINGS) settings[name] = (await client.query(`SHOW ${name}`)).rows[0][name];
    return {
      ...hostFacts(),
      postgres: version,
      settings,
      payloadBytes: payloadBytes(benchEvent(0)),
    };
  } finally {
    await client.end();
  }
};

/**
 * Starts each subject on a flushed server: without it, a checkpoint left over from the previous
 * subject's writes would land in this one's timing. Needs superuser; skipped quietly otherwise.
 */
const checkpoint = async (url: string): Promise<void> => {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('CHECKPOINT').catch(() => undefined);
  await client.end();
};

/** A child process per subject (see run-subject.ts); it inherits `-r ts-node/register …` from us. */
const runInChild = (name: string): Promise<SubjectResult> =>
  new Promise((resolve, reject) => {
    const child = fork(join(__dirname, 'run-subject.ts'), [name], { stdio: 'inherit' });
    let settled = false;
    child.on('message', (message: { result?: SubjectResult; error?: string }) => {
      settled = true;
      if (message.result) resolve(message.result);
      else reject(new Error(message.error));
    });
    child.on('exit', (code) => settled || reject(new Error(`${name} exited with code ${code} before reporting`)));
  });

const describeSizes = (config: BenchConfig): string =>
  [
    `1 stream: ${config.singleAppends} appends of 1 event, then ${config.batchAppends} appends of ${config.batchSize}`,
    `${config.streams} streams × ${config.eventsPerStream} appends of 1 event, pool ${config.pool}, ${config.pool} appends in flight`,
    `read all: whole log, batches of ${config.readBatch}, median of ${config.readPasses} passes after an untimed one`,
    `warm-up: ${config.warmupAppends} appends to one stream + ${config.pool * 4} streams concurrently + one read, untimed`,
    `${config.rounds} round(s), order reversed every other round; each subject in its own process, schema or database`,
  ].join('\n  ');

const main = async (): Promise<void> => {
  const config = readConfig();
  const unknown = config.subjects.filter((s) => !(ALL_SUBJECTS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`Unknown BENCH_SUBJECTS ${unknown.join(', ')}; known: ${ALL_SUBJECTS.join(', ')}`);
  const facts = await machineFacts(config.databaseUrl);
  console.log(
    `Machine: ${facts.cpus} × ${facts.cpuModel}, ${facts.memoryGiB} GiB, Node ${facts.node}, ${facts.platform}, load ${facts.loadAverage.join(' ')}`,
  );
  console.log(`Server:  ${facts.postgres}`);
  console.log(
    `         ${Object.entries(facts.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  console.log(`Event:   ${facts.payloadBytes.data} B data + ${facts.payloadBytes.metadata} B metadata (JSON)`);
  console.log(`Sizes:   ${describeSizes(config)}\n`);

  // Several rounds, the order reversed every other round, each figure the best of its rounds:
  // interference (another tenant's disk flushes, a checkpoint) only ever slows a run down, and a
  // slow spell then hits different subjects in different rounds instead of one subject always.
  const runs: Record<string, SubjectResult[]> = {};
  const failures: Record<string, string> = {};
  const interference: Record<string, Interference[]> = {};
  for (let round = 1; round <= config.rounds; round++) {
    const order = round % 2 === 1 ? config.subjects : [...config.subjects].reverse();
    for (const name of order.filter((s) => !failures[s])) {
      await checkpoint(config.databaseUrl);
      process.stdout.write(`round ${round}/${config.rounds}: ${LABELS[name]} ... `);
      const started = Date.now();
      const stopWatching = await watchServer(config.databaseUrl);
      try {
        (runs[name] ??= []).push(await runInChild(name));
      } catch (error) {
        failures[name] = error instanceof Error ? error.message : String(error);
      }
      const seen = await stopWatching();
      (interference[name] ??= []).push(seen);
      const others =
        seen.busySamples > 0
          ? `  <-- other clients busy on the server in ${seen.busySamples}/${seen.samples} samples (max ${seen.maxOtherSessions})`
          : '';
      console.log(`${((Date.now() - started) / 1000).toFixed(1)} s${others}`);
      if (failures[name]) console.log(`FAILED\n${failures[name]}`);
    }
  }
  const results = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, bestOf(list)]));

  console.log(`\n${formatTable(config, results)}`);
  const pglite = results.pglite;
  console.log(
    `\n† PGlite: PostgreSQL compiled to WASM inside the Node process, memory://, one session, no fsync — not the same engine;` +
      ` no ratio against raw.${pglite && pglite.scale !== 1 ? ` Ran ${pglite.scale}× the append counts.` : ''}`,
  );
  console.log('Append figures include the commit (fsync of WAL per commit when synchronous_commit=on).');
  console.log(`Each figure: the best of ${config.rounds} round(s); every round's figures are in the JSON file.`);
  console.log(`\n${formatReadChecks(runs)}`);

  const file = join(__dirname, '.results', 'latest.json');
  writeJson(file, {
    finishedAt: new Date().toISOString(),
    machine: facts,
    config: { ...config, databaseUrl: redact(config.databaseUrl) },
    best: results,
    runs,
    interference,
    failures,
  });
  console.log(`\nResults: ${file}`);
  if (Object.keys(failures).length > 0) process.exitCode = 1;
};

/** The URL could carry a password; the JSON file must not. */
const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
