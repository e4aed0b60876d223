import { LedgerEvent, verifyInclusion, eventLeafHash } from '@kongthun/audit-ledger';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { PgliteSqlClient, PgSqlClient, SqlClient } from '@kongthun/event-sourcing';
import { AuditBenchConfig } from './config';
import { ProofResult, RateResult } from './memory-bench';
import { sampleIndices } from './workload';

export const dropBenchSchema = async (subject: 'pglite' | 'pg', sql: SqlClient, ...schemas: string[]): Promise<void> => {
  if (subject === 'pg') for (const schema of schemas) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
};

export interface StoreResult {
  subject: string;
  appends: RateResult[];
  proofs: ProofResult[];
  verify: RateResult;
}

const seconds = (started: number): number => (performance.now() - started) / 1000;

/** A fresh schema on one engine; the caller drops it on PG (see dropBenchSchema) and closes the client. */
export const openEngine = async (
  subject: 'pglite' | 'pg',
  config: AuditBenchConfig,
): Promise<{ sql: SqlClient; schema: string; label: string }> => {
  const schema = `bench_audit_${Math.random().toString(36).slice(2, 10)}`;
  if (subject === 'pglite') return { sql: await PgliteSqlClient.open('memory://'), schema, label: 'PGlite†' };
  return {
    sql: new PgSqlClient({ connectionString: config.databaseUrl, max: 4, application_name: 'kongthun-bench' }),
    schema,
    label: 'PG',
  };
};

/**
 * The persisted ledger on one engine, in a fresh schema dropped afterwards: sequential one-event
 * appends, a batched load up to each size with inclusion proofs timed there, then a full
 * recomputation of the stored ledger.
 */
export async function storeBench(subject: 'pglite' | 'pg', config: AuditBenchConfig, events: readonly LedgerEvent[]): Promise<StoreResult> {
  const { sql, schema, label } = await openEngine(subject, config);
  const store = await AuditLedgerStore.open(sql, { schema });
  try {
    const appends: RateResult[] = [];
    const proofs: ProofResult[] = [];
    const single = Math.min(config.singleAppends, events.length);
    let started = performance.now();
    for (let i = 0; i < single; i++) await store.append(events[i]);
    appends.push({
      subject: `${label} append, 1 event/transaction`,
      count: single,
      seconds: seconds(started),
      perSec: single / seconds(started),
    });

    let loaded = single;
    for (const size of config.storeSizes) {
      started = performance.now();
      const from = loaded;
      for (; loaded < size; loaded += config.batch) await store.appendMany(events.slice(loaded, Math.min(size, loaded + config.batch)));
      loaded = size;
      const took = seconds(started);
      appends.push({
        subject: `${label} appendMany ×${config.batch}, ${from.toLocaleString('en-US')} → ${size.toLocaleString('en-US')}`,
        count: size - from,
        seconds: took,
        perSec: (size - from) / took,
      });

      const indices = sampleIndices(config.storeProofs, size, size);
      // Sequential, one proof in flight, timed in slices; the fastest slice's mean (see bestPerItem).
      const made: Awaited<ReturnType<AuditLedgerStore['inclusionProof']>>[] = [];
      let best = Infinity;
      const slice = Math.ceil(indices.length / 5);
      for (let s = 0; s < indices.length; s += slice) {
        started = performance.now();
        for (const i of indices.slice(s, s + slice)) made.push(await store.inclusionProof(events[i].id, size));
        best = Math.min(best, seconds(started) / Math.min(slice, indices.length - s));
      }
      for (const p of made.slice(0, 20)) {
        const ok = verifyInclusion(
          eventLeafHash(p.entry.event),
          p.leafIndex,
          size,
          p.auditPath.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(p.rootHash, 'hex'),
        );
        if (!ok) throw new Error(`${label}: a stored proof at size ${size} did not verify`);
      }
      const pathLength = made.reduce((n, p) => n + p.auditPath.length, 0) / made.length;
      proofs.push({ subject: `${label} store.inclusionProof`, size, proofs: made.length, pathLength, makeMicros: best * 1e6 });
    }

    started = performance.now();
    const check = await store.verify();
    const took = seconds(started);
    if (!check.ok) throw new Error(`${label}: stored ledger failed verification: ${JSON.stringify(check.problems.slice(0, 3))}`);
    return {
      subject: label,
      appends,
      proofs,
      verify: {
        subject: `${label} store.verify() (read + recompute)`,
        count: check.treeSize,
        seconds: took,
        perSec: check.treeSize / took,
      },
    };
  } finally {
    await dropBenchSchema(subject, sql, schema);
    await store.close();
  }
}
