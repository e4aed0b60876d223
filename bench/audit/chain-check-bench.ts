import { AuditLedgerStore } from '@kongthun/audit-store';
import { ledgerStreamsOf, runIncrementalChainCheck } from '@kongthun/audit-service';
import { ChainWorkload } from './chain-workload';
import { AuditBenchConfig } from './config';
import { ScaleResult } from './scale-result';
import { dropBenchSchema, openEngine } from './store-bench';

const ms = (started: number): number => performance.now() - started;

/**
 * The scheduled chain check on one engine: at each ledger size, one full check (every stream
 * reread: the baseline, and what the service did before), then `chainRounds` incremental checks,
 * each after `chainChanged` old streams received one event. Streams grow with the ledger at a
 * constant length, so the incremental check reads the same amount at every size. No source store
 * is attached: only the ledger's own chains are checked (a source store would double both sides).
 */
export async function chainCheckBench(subject: 'pglite' | 'pg', config: AuditBenchConfig): Promise<ScaleResult[]> {
  const { sql, schema, label } = await openEngine(subject, config);
  const ledger = await AuditLedgerStore.open(sql, { schema });
  const streams = ledgerStreamsOf(ledger);
  const check = (full: boolean) =>
    runIncrementalChainCheck(
      {
        ledger: { ...streams, streamsChangedAfter: (after) => ledger.streamsChangedAfter(after) },
        sources: [],
        checkpoint: ledger.chainCheckpoint,
        raise: (problems) =>
          Promise.reject(new Error(`${label}: the bench ledger has chain problems: ${JSON.stringify(problems.slice(0, 3))}`)),
      },
      { full },
    );
  const workload = new ChainWorkload();
  const results: ScaleResult[] = [];
  try {
    let streamCount = 0;
    let size = 0;
    for (const target of config.chainSizes) {
      const to = Math.max(streamCount, Math.ceil(target / config.chainStreamLength));
      const events = workload.newStreams(streamCount, to, config.chainStreamLength);
      for (let i = 0; i < events.length; i += config.batch) await ledger.appendMany(events.slice(i, i + config.batch));
      streamCount = to;
      size += events.length;

      let started = performance.now();
      const full = await check(true);
      const baselineMs = ms(started);
      if (full.report.streams !== streamCount || full.report.events !== size)
        throw new Error(
          `${label}: the full check read ${full.report.streams} streams / ${full.report.events} events, expected ${streamCount} / ${size}`,
        );

      let best = Infinity;
      let read = 0;
      const step = Math.max(1, Math.floor(streamCount / config.chainChanged));
      for (let round = 0; round < config.chainRounds; round++) {
        const touched = Array.from({ length: config.chainChanged }, (_, k) => (round + k * step) % streamCount);
        await ledger.appendMany(touched.map((s) => workload.next(s)));
        size += touched.length;
        started = performance.now();
        const { report } = await check(false);
        best = Math.min(best, ms(started));
        if (report.streams !== new Set(touched).size)
          throw new Error(`${label}: the incremental check read ${report.streams} streams, ${touched.length} changed`);
        read = report.events;
      }
      results.push({
        subject: `${label} chain check`,
        size: target,
        incrementalMs: best,
        baselineMs,
        note: `${config.chainChanged} of ${streamCount.toLocaleString('en-US')} streams, ${read} events read`,
      });
    }
    return results;
  } finally {
    await dropBenchSchema(subject, sql, schema);
    await sql.close();
  }
}
