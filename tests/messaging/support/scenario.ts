import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { EventToAppend, PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';

const ROOT = join(__dirname, '..', '..', '..');
/** ts-node with a transpile cache shared by the scenario's processes (see tests/support/cached-transpiler.js). */
const PROCESSES_TSCONFIG = join(ROOT, 'tests/support/tsconfig.processes.json');

/** A fresh schema and a fresh context name per scenario, so runs never see each other's data. */
export const freshScenario = () => {
  const suffix = uuidv7().replace(/-/g, '').slice(-12);
  return { schema: `kt_msg_${suffix}`, context: `t${suffix}`, group: (name: string) => `${name}-${suffix}` };
};

export const scenarioEvent = (context: string, n: number): EventToAppend => ({
  id: uuidv7(),
  type: `${context}.thing.happened`,
  schemaVersion: 1,
  data: { n, amount: `${n}.00` },
  metadata: { actor: { userId: 'scenario', role: 'treasurer' }, correlationId: uuidv7(), causationId: null },
});

/** Appends `perStream` events to each of `streams` streams, in appends of `batch` events. */
export const appendScenario = async (
  store: SqlEventStore,
  context: string,
  streams: number,
  perStream: number,
  batch = 10,
): Promise<string[]> => {
  const ids = Array.from({ length: streams }, (_, s) => `${context}-stream-${s}`);
  await Promise.all(
    ids.map(async (stream) => {
      let expected: bigint | 'no-stream' = 'no-stream';
      for (let n = 0; n < perStream; n += batch) {
        const events = Array.from({ length: Math.min(batch, perStream - n) }, (_, i) => scenarioEvent(context, n + i));
        expected = (await store.appendToStream(stream, events, expected)).nextExpectedRevision;
      }
    }),
  );
  return ids;
};

export const openStore = async (databaseUrl: string, schema: string) => {
  const sql = new PgSqlClient({ connectionString: databaseUrl, max: 8 });
  return { sql, store: await SqlEventStore.open(sql, { schema }) };
};

export const dropSchema = async (databaseUrl: string, schema: string) => {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
};

/** Runs a TypeScript file of `support/` as a real child process (to SIGKILL it like a crash). */
export const runProcess = (script: string, env: Record<string, string>): ChildProcess & { output: string[] } => {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, script)],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, TS_NODE_PROJECT: PROCESSES_TSCONFIG },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout?.on('data', (chunk: Buffer) => child.output.push(...chunk.toString().split('\n').filter(Boolean)));
  child.stderr?.on('data', (chunk: Buffer) => child.output.push(...chunk.toString().split('\n').filter(Boolean)));
  return child;
};

export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

export const waitUntil = async (
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
  children: { output: string[] }[] = [],
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(
        `timed out waiting for ${what}${children.map((child) => `\n--- child output:\n${child.output.slice(-15).join('\n')}`).join('')}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};
