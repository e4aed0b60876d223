/**
 * `npm run bench:welfare`: what one contribution, one claim approval and one payout cost as a fund
 * of 2,000 members paying monthly ages (1 month, 1 year, 3 years, 10 years), on PGlite and, with
 * DATABASE_URL, on PostgreSQL. History is built once per engine and measured at each cut as it grows.
 * Baseline: the one-stream fund's figures measured in issue #10 (no whole-fund stream exists any more).
 */
import { Pool } from 'pg';
import { EventStore, PgliteSqlClient, PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { Money } from '@kongthun/kernel';
import { FundCommandHandler } from '@kongthun/welfare-service';
import { envNumber } from '../env-number';
import { ACTORS, dayOfMonth, FUND_ID, FundHistory, noonOf } from './fund-history';

const MEMBERS = envNumber('BENCH_WELFARE_MEMBERS', 2000);
const SAMPLES = envNumber('BENCH_WELFARE_SAMPLES', 30);
const CUTS = [
  { label: '1 month', months: 1 },
  { label: '1 year', months: 12 },
  { label: '3 years', months: 36 },
  { label: '10 years', months: 120 },
];
/** One contribution on the one-stream fund, p50 on PostgreSQL, as issue #10 measured it (ms). */
const ISSUE_BASELINE: Record<string, number> = { '1 month': 94, '1 year': 527, '3 years': 1652 };

/** `contribution opening`: the member's first command of a new fiscal year; `contribution`: one inside the year. */
type Operation = 'contribution opening' | 'contribution' | 'approval' | 'payout';
type Row = { engine: string; cut: string; operation: Operation; p50: number; p99: number; memberEvents: number };

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const start = performance.now();
  await run();
  return performance.now() - start;
};

async function measureCut(history: FundHistory, setClock: (at: Date) => void, cut: (typeof CUTS)[number], engine: string): Promise<Row[]> {
  const today = dayOfMonth(cut.months, 20);
  setClock(noonOf(today));
  const { handler } = history;
  const base = (CUTS.indexOf(cut) * 2 + 1) * SAMPLES;
  const samples: Record<Operation, number[]> = { 'contribution opening': [], contribution: [], approval: [], payout: [] };
  const memberEvents = history.memberStreamLength(base);
  // The first contribution of a member at a cut after the first opens the member's new fiscal year
  // (every later cut falls in October); the second is an ordinary contribution inside that year.
  const contribute = (memberId: string, nth: number) =>
    timed(() =>
      handler.execute(FUND_ID, ACTORS.treasurer, {
        type: 'RecordContribution',
        data: {
          contributionId: `ct-now-${cut.months}-${nth}-${memberId}`,
          memberId,
          months: 1,
          amount: Money.ofBaht(30),
          receivedOn: today,
          receiptRef: `rc-now-${nth}-${memberId}`,
        },
      }),
    );
  for (let i = 0; i < SAMPLES; i++) {
    const memberId = history.memberId(i + base - SAMPLES);
    (cut.months === 1 ? samples.contribution : samples['contribution opening']).push(await contribute(memberId, 1));
    samples.contribution.push(await contribute(memberId, 2));
    await history.reload(i + base - SAMPLES);
  }
  for (let i = 0; i < SAMPLES; i++) {
    const index = i + base;
    const memberId = history.memberId(index);
    const claimId = `cl-${cut.months}-${memberId}`;
    await handler.execute(FUND_ID, ACTORS.treasurer, {
      type: 'SubmitClaim',
      data: {
        claimId,
        memberId,
        benefit: 'sickness',
        eventDate: dayOfMonth(cut.months, 18),
        hospitalNights: 1,
        evidenceRefs: ['med-cert'],
        amountFigures: '200.00',
        amountWords: 'สองร้อยบาทถ้วน',
      },
    });
    samples.approval.push(await timed(() => handler.execute(FUND_ID, ACTORS.a, { type: 'ApproveClaim', data: { claimId } })));
    samples.approval.push(await timed(() => handler.execute(FUND_ID, ACTORS.b, { type: 'ApproveClaim', data: { claimId } })));
    samples.payout.push(
      await timed(() =>
        handler.execute(FUND_ID, ACTORS.treasurer, {
          type: 'PayClaim',
          data: { payoutId: `po-${claimId}`, claimId, method: 'cash', reference: `rcpt-${claimId}`, paidOn: today, payeeAccountHash: null },
        }),
      ),
    );
    await history.reload(index);
  }
  return (Object.keys(samples) as Operation[]).flatMap((operation) => {
    if (samples[operation].length === 0) return [];
    const sorted = [...samples[operation]].sort((a, b) => a - b);
    return [{ engine, cut: cut.label, operation, p50: percentile(sorted, 50), p99: percentile(sorted, 99), memberEvents }];
  });
}

async function runEngine(engine: string, store: EventStore): Promise<Row[]> {
  let clock = new Date();
  const setClock = (at: Date) => (clock = at);
  const handler = new FundCommandHandler(store, () => clock);
  const history = new FundHistory(store, handler, MEMBERS, setClock);
  const started = performance.now();
  await history.found();
  const rows: Row[] = [];
  for (const cut of CUTS) {
    await history.growTo(cut.months);
    const built = performance.now();
    rows.push(...(await measureCut(history, setClock, cut, engine)));
    console.log(
      `${engine}: ${cut.label} of history built (${((built - started) / 1000).toFixed(0)} s so far), measured in ${((performance.now() - built) / 1000).toFixed(1)} s`,
    );
  }
  return rows;
}

const report = (rows: Row[]): void => {
  console.log(
    '\nengine      | history  | operation            | member stream | p50 ms | p99 ms | p50 / p50 after 1 month | issue #10 one-stream p50',
  );
  for (const row of rows) {
    // A year's opening is compared with an ordinary contribution after 1 month (no year opens then).
    const like = row.operation === 'contribution opening' ? 'contribution' : row.operation;
    const first = rows.find((other) => other.engine === row.engine && other.operation === like && other.cut === '1 month');
    const baseline = row.operation.startsWith('contribution') && row.engine === 'postgresql' ? ISSUE_BASELINE[row.cut] : undefined;
    console.log(
      [
        row.engine.padEnd(11),
        row.cut.padEnd(8),
        row.operation.padEnd(20),
        `${row.memberEvents} events`.padEnd(13),
        row.p50.toFixed(1).padStart(6),
        row.p99.toFixed(1).padStart(6),
        `${(row.p50 / (first?.p50 ?? row.p50)).toFixed(2)}x`.padStart(23),
        baseline === undefined ? '' : `${baseline} ms (${(baseline / row.p50).toFixed(0)}x slower)`,
      ].join(' | '),
    );
  }
};

async function main(): Promise<void> {
  console.log(`bench:welfare: ${MEMBERS} members paying monthly, ${SAMPLES} samples per operation and cut`);
  const rows: Row[] = [];
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_welfare_${process.pid}`;
    const store = await SqlEventStore.open(new PgSqlClient({ connectionString: url, max: 4 }), { schema });
    try {
      rows.push(...(await runEngine('postgresql', store)));
    } finally {
      await store.close();
      const admin = new Pool({ connectionString: url, max: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.end());
    }
  } else console.log('DATABASE_URL not set: PostgreSQL skipped');
  const pglite = await SqlEventStore.open(await PgliteSqlClient.open('memory://'));
  try {
    rows.push(...(await runEngine('pglite', pglite)));
  } finally {
    await pglite.close();
  }
  report(rows);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
