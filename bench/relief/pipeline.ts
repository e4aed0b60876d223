import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { PgliteSqlClient, PgSqlClient, SqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { SqlHouseholdPersonalDataStore, SqlPayeeDirectory, spoolUpload } from '@kongthun/relief-service';
import { reliefServices, STORY_ACTORS } from '@kongthun/relief-service/testing';

const citizenId = (n: number): string => {
  const base = `1${String(n).padStart(11, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};

/** Writes a CSV line by line, honouring back-pressure: memory holds a buffer, never the file. */
const writeCsv = async (path: string, header: string, rows: number, line: (i: number) => string) => {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (let i = 0; i < rows; i++) if (!out.write(`${line(i)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
};

export interface StepFigure {
  step: string;
  seconds: number;
  rssMiB: number;
}

/** The whole relief pipeline for `households` on one store; each step timed, peak RSS after each. */
export const runPipeline = async (
  households: number,
  databaseUrl: string | undefined,
): Promise<{ steps: StepFigure[]; peakRssMiB: number; store: string }> => {
  const dir = await mkdtemp(join(tmpdir(), 'bench-relief-'));
  const schema = `bench_relief_${process.pid}`;
  const sql: SqlClient = databaseUrl
    ? new PgSqlClient({ connectionString: databaseUrl, max: 4 })
    : await PgliteSqlClient.open(join(dir, 'pglite'));
  const store = await SqlEventStore.open(sql, { schema });
  // Names and phones are sealed per household and kept in the same database, as in production.
  const relief = reliefServices(
    'bench-relief-hash-key-32-bytes!!',
    store,
    await SqlPayeeDirectory.open(sql, 'bench-secret'),
    await SqlHouseholdPersonalDataStore.open(sql, { schema: `${schema}_personal_data` }),
  );
  const { officer, chair, member } = STORY_ACTORS;
  const declarationId = `bench-${process.pid}`;
  const steps: StepFigure[] = [];
  const step = async (name: string, work: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    await work();
    const figure = {
      step: name,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
      rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    steps.push(figure);
    // Progress on stderr, so a run stopped part-way still tells how far it got and how fast.
    console.error(JSON.stringify({ households, ...figure, loadAverage: loadavg().map((l) => Number(l.toFixed(2))) }));
  };
  const upload = async (path: string) => spoolUpload(createReadStream(path));
  relief.setDay('2025-11-21');
  await relief.declarations.execute(declarationId, officer, {
    type: 'DeclareZone',
    data: {
      declarationId,
      name: 'bench',
      disasterType: 'flood',
      areaCodes: ['860101'],
      disasterDate: '2025-11-20',
      from: '2025-11-20',
      until: '2026-02-20',
      documentRef: 'bench',
      expectedHouseholds: households,
    },
  });
  const registrations = join(dir, 'registrations.csv');
  await writeCsv(
    registrations,
    'house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account',
    households,
    (i) =>
      `${String(86010100000 + i)},860101${String((i % 20) + 1).padStart(2, '0')},${citizenId(i + 1)},นายสมชาย ทดสอบ${i},08${String(i).padStart(8, '0')},${citizenId(500_000_000 + i)},นางสมศรี ทดสอบ${i},cert-${i % 20},${citizenId(900_000_000 + (i % 20))},meeting-${i % 20},bank-transfer,${String(2_000_000_000 + i)}`,
  );
  await step('register (CSV import)', async () => {
    const outcome = await relief.imports.registrations(declarationId, officer, await upload(registrations));
    if (outcome.accepted !== households)
      throw new Error(`registered ${outcome.accepted} of ${households}: ${JSON.stringify(outcome.refusals.slice(0, 3))}`);
  });
  const assessments = join(dir, 'assessments.csv');
  await writeCsv(
    assessments,
    'house_registration_no,assessment_id,flood_days,items',
    households,
    (i) => `${String(86010100000 + i)},as-${i},10,house-repair:1:20000.00`,
  );
  await step('assess (CSV import)', async () => {
    const outcome = await relief.imports.assessments(declarationId, officer, await upload(assessments));
    if (outcome.accepted !== households) throw new Error(`assessed ${outcome.accepted} of ${households}`);
  });
  relief.setDay('2025-12-01');
  const amount = `${29_000 * households}.00`;
  await step('run: create', () =>
    relief.runs.create(officer, {
      runId: declarationId,
      declarationId,
      programmeId: declarationId,
      sourceName: 'bench',
      method: 'bank-transfer',
      controlTotals: { count: households, amount },
    }),
  );
  await step('run: dry run', async () => {
    const { figures } = await relief.runs.dryRun(declarationId, officer);
    if (figures.applicableCount !== households) throw new Error(`dry run counted ${figures.applicableCount}`);
  });
  // Tiers by total (config/relief-approval-tiers.json): up to three distinct committee members.
  await step('run: approve', async () => {
    for (const approver of [chair, member, { ...member, userId: 'secretary-cp' }]) {
      const { run } = await relief.runs.run(declarationId, officer);
      if (run.status === 'Created') await relief.runs.approve(declarationId, approver);
    }
  });
  const bankFile = join(dir, 'payments.csv');
  await step('bank file export', async () => {
    const out = createWriteStream(bankFile);
    await relief.runs.exportBankFile(declarationId, officer, async (chunk) => {
      if (!out.write(chunk)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'finish');
  });
  const results = join(dir, 'results.csv');
  const resultOut = createWriteStream(results);
  resultOut.write('reference,amount,status,reason,value_date\n');
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(bankFile) })) {
    const [record, reference, , lineAmount] = line.split(',');
    if (record !== 'D') continue;
    const failed = n++ % 100 === 0;
    if (!resultOut.write(`${reference},${lineAmount},${failed ? 'FAILED,ACCOUNT CLOSED' : 'SUCCESS,'},2025-12-02\n`))
      await once(resultOut, 'drain');
  }
  resultOut.end();
  await once(resultOut, 'finish');
  await step('result import (1% failed)', async () => {
    const imported = await relief.imports.results(declarationId, officer, await upload(results));
    if (imported.paid + imported.failed !== households) throw new Error(`reconciled ${JSON.stringify(imported)}`);
  });
  await sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await sql.query(`DELETE FROM relief.payee_accounts WHERE declaration_id = $1`, [declarationId]);
  // Closing the store closes its SQL client too.
  await store.close();
  await rm(dir, { recursive: true, force: true });
  return { steps, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), store: databaseUrl ? 'PostgreSQL' : 'PGlite (file)' };
};
