import { evaluateRedFlags, initialRedFlagState, parseRedFlagState, serializeRedFlagState } from '@kongthun/audit-red-flags';
import { MoneyLogStore, ScanCheckpointStore } from '@kongthun/audit-store';
import { FindingsLog } from '@kongthun/audit-service';
import { SqlEventStore } from '@kongthun/event-sourcing';
// Not exported by the service's index (the Nest module builds it); the bench builds it by hand.
import { RED_FLAG_SCANNER, RedFlagScanner } from '../../libs/audit/service/src/scan/red-flag-scanner';
import { AuditBenchConfig } from './config';
import { MoneyWorkload } from './money-workload';
import { ScaleResult } from './scale-result';
import { dropBenchSchema, openEngine } from './store-bench';

const ms = (started: number): number => performance.now() - started;

/** The saved state at one size: what a restart loads, and what each batch rewrites. */
export interface ScannerStateFigures {
  subject: string;
  size: number;
  stateBytes: number;
  /** serializeRedFlagState of the state at this size: the scanner does it after every batch. */
  serializeMs: number;
  /** ScanCheckpointStore.save of that state: also after every batch. */
  saveMs: number;
  /** parseRedFlagState of the saved checkpoint: once, at a restart. */
  parseMs: number;
  /** Red flags the replay found (the workload is a clean year: few). */
  findings: number;
}

const BATCH = 1_000;

/**
 * The red-flag scanner on one engine: at each money-log size, the whole log folded from an empty
 * state in memory (the baseline: what every start did before checkpoints), whose state is then
 * saved as the scanner's checkpoint (serialize and save timed: the scanner now pays both after
 * every batch); then `moneyTail` messages arrive and a new RedFlagScanner (a restart) resumes
 * from that checkpoint and catches up, saving again.
 */
export async function scannerBench(
  subject: 'pglite' | 'pg',
  config: AuditBenchConfig,
): Promise<{ results: ScaleResult[]; states: ScannerStateFigures[] }> {
  const { sql, schema, label } = await openEngine(subject, config);
  const ownSchema = `${schema}_own`;
  const moneyLog = await MoneyLogStore.open(sql, { schema });
  const saved = await ScanCheckpointStore.open(sql, { schema });
  const store = await SqlEventStore.open(sql, { schema: ownSchema });
  const findings = new FindingsLog(store);
  const workload = new MoneyWorkload(Math.max(1_000, Math.round(config.moneySizes[config.moneySizes.length - 1] / 4)));
  const results: ScaleResult[] = [];
  const states: ScannerStateFigures[] = [];
  let size = 0;
  const append = async (n: number) => {
    for (let done = 0; done < n; done += 1_000) await moneyLog.appendMany(workload.next(Math.min(1_000, n - done)));
    size += n;
  };
  try {
    for (const target of config.moneySizes) {
      await append(target - size);

      // The scanner before checkpoints: the whole log folded in memory at every start, nothing saved.
      let started = performance.now();
      let state = initialRedFlagState();
      let position = 0;
      let flagged = 0;
      for (
        let batch = await moneyLog.readMoneyLog({ maxCount: BATCH });
        batch.length > 0;
        batch = await moneyLog.readMoneyLog({ after: position, maxCount: BATCH })
      ) {
        for (const entry of batch) {
          const step = evaluateRedFlags(state, entry.message);
          state = step.state;
          flagged += step.findings.length;
        }
        position = batch[batch.length - 1].seq;
      }
      const baselineMs = ms(started);
      if (position !== size) throw new Error(`${label}: the replay reached ${position}, the log holds ${size}`);

      // What the scanner now pays after every batch at this size: the state serialized and its row rewritten.
      started = performance.now();
      const text = serializeRedFlagState(state);
      const serializeMs = ms(started);
      started = performance.now();
      await saved.save(RED_FLAG_SCANNER, { position, state: text });
      const saveMs = ms(started);

      await append(config.moneyTail);
      started = performance.now();
      const restarted = new RedFlagScanner(
        async () => moneyLog,
        async () => saved,
        findings,
      );
      await restarted.scan();
      const restartMs = ms(started);
      if (restarted.scannedMessages !== size)
        throw new Error(`${label}: the restarted scanner reached ${restarted.scannedMessages}, the log holds ${size}`);

      const checkpoint = await saved.load(RED_FLAG_SCANNER);
      if (!checkpoint) throw new Error(`${label}: no checkpoint saved`);
      started = performance.now();
      parseRedFlagState(checkpoint.state);
      const parseMs = ms(started);
      states.push({ subject: label, size: target, stateBytes: Buffer.byteLength(text), serializeMs, saveMs, parseMs, findings: flagged });
      results.push({
        subject: `${label} red-flag scanner start`,
        size: target,
        incrementalMs: restartMs,
        baselineMs,
        note: `resume + ${config.moneyTail} new messages`,
      });
    }
    return { results, states };
  } finally {
    await dropBenchSchema(subject, sql, schema, ownSchema);
    await sql.close();
  }
}
