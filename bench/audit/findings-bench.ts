import { v7 as uuidv7 } from 'uuid';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { EventToAppend, JsonObject, SqlEventStore } from '@kongthun/event-sourcing';
import { Finding, FINDING_RAISED, findingIdOf, FindingsLog, FINDINGS_STREAM } from '@kongthun/audit-service';
// Not exported by the service's index (the Nest module provides it); the bench builds it by hand.
import { FindingListProjection } from '../../libs/audit/service/src/findings/finding-list-projection';
import { AuditBenchConfig } from './config';
import { ScaleResult } from './scale-result';
import { dropBenchSchema, openEngine } from './store-bench';

const ms = (started: number): number => performance.now() - started;

/** A red flag as the scanner raises one: a duplicate payment in a Phuket fund, two pieces of evidence. */
const finding = (n: number): Finding => {
  const evidence = [uuidv7(), uuidv7()];
  return {
    findingId: findingIdOf('red-flag.duplicate-need', evidence),
    rule: 'red-flag.duplicate-need',
    severity: 'high',
    summary: `Paid twice for one stay in hospital (bench ${n})`,
    summaryTh: `จ่ายซ้ำสำหรับการนอนโรงพยาบาลครั้งเดียว (${n})`,
    streamId: `welfare-fund-${n % 500}`,
    evidenceEventIds: evidence,
    areaCode: `8301${(n % 9) + 1}`.padEnd(6, '0'),
    details: { amount: '1200.00', threshold: 'one payment per need', programme: 'welfare', unitId: `fund-${n % 500}` },
  };
};

const raised = (f: Finding): EventToAppend => ({
  id: f.findingId,
  type: FINDING_RAISED,
  schemaVersion: 1,
  data: f as unknown as JsonObject,
  metadata: { actor: { userId: 'audit-service', role: 'system' }, correlationId: f.findingId, causationId: f.evidenceEventIds[0] },
});

/**
 * The findings listing on one engine: at each count, one page of `findingPage` through the
 * projection (each timed page first follows the log past `rounds` fresh findings), next to the
 * old way, every finding read back from the audit event store (`FindingsLog.list()`). The
 * findings are loaded into the former single stream, in batches: a single stream appends fast
 * and the log reads the same either way.
 */
export async function findingsBench(subject: 'pglite' | 'pg', config: AuditBenchConfig): Promise<ScaleResult[]> {
  const { sql, schema, label } = await openEngine(subject, config);
  const ledger = await AuditLedgerStore.open(sql, { schema });
  const ownSchema = `${schema}_own`;
  const store = await SqlEventStore.open(sql, { schema: ownSchema });
  const listing = new FindingListProjection(store, ledger);
  const log = new FindingsLog(store);
  const results: ScaleResult[] = [];
  let count = 0;
  let revision: bigint | 'no-stream' = 'no-stream';
  const raise = async (n: number) => {
    for (let done = 0; done < n;) {
      const batch = Array.from({ length: Math.min(1_000, n - done) }, () => raised(finding(count + ++done)));
      const { events } = await store.appendToStream(FINDINGS_STREAM, batch, revision);
      revision = events[events.length - 1].streamRevision;
    }
    count += n;
  };
  try {
    for (const target of config.findingCounts) {
      const fresh = target - count;
      await raise(fresh);
      let started = performance.now();
      await listing.catchUp();
      const catchUpMs = ms(started);

      let best = Infinity;
      for (let round = 0; round < 5; round++) {
        await raise(10);
        started = performance.now();
        const page = await listing.page(config.findingPage);
        best = Math.min(best, ms(started));
        if (page.findings.length !== config.findingPage || page.findings[0].summary !== finding(count).summary)
          throw new Error(`${label}: the listing's first page is not the newest ${config.findingPage} findings`);
      }
      started = performance.now();
      const middle = await listing.page(config.findingPage, Math.floor(count / 2));
      const middleMs = ms(started);
      if (middle.findings.length !== config.findingPage) throw new Error(`${label}: a middle page has ${middle.findings.length} findings`);

      let baselineMs = Infinity;
      for (let round = 0; round < 2; round++) {
        started = performance.now();
        const all = await log.list();
        const newest = all.slice(-config.findingPage).reverse();
        baselineMs = Math.min(baselineMs, ms(started));
        if (all.length !== count || newest[0].summary !== finding(count).summary)
          throw new Error(`${label}: FindingsLog.list() read ${all.length} findings, ${count} raised`);
      }
      results.push({
        subject: `${label} findings page`,
        size: target,
        incrementalMs: best,
        baselineMs,
        note: `page of ${config.findingPage} after 10 new; middle page ${middleMs.toFixed(1)} ms; catch-up of ${fresh.toLocaleString('en-US')} new findings ${(catchUpMs / 1000).toFixed(1)} s`,
      });
    }
    return results;
  } finally {
    await dropBenchSchema(subject, sql, schema, ownSchema);
    await sql.close();
  }
}
