import {
  evaluateRedFlags,
  initialRedFlagState,
  parseRedFlagState,
  RedFlagConfig,
  RedFlagFinding,
  RedFlagState,
  serializeRedFlagState,
} from '@kongthun/audit-red-flags';
import { MoneyLogEntry, ScanCheckpoint } from '@kongthun/audit-store';
import { Finding } from '../findings/finding';
import { FindingsLog } from '../findings/findings-log';

/** What the scanner reads: the money log in arrival order, after a position. */
export interface MoneyLog {
  readMoneyLog(options: { after?: number; maxCount: number }): Promise<MoneyLogEntry[]>;
}

/** Where the scanner keeps its position and state between runs. */
export interface ScanCheckpoints {
  load(name: string): Promise<ScanCheckpoint | undefined>;
  save(name: string, checkpoint: ScanCheckpoint): Promise<void>;
}

/** The red-flag scanner's checkpoint name. */
export const RED_FLAG_SCANNER = 'red-flags';

const asFinding = ({
  findingId,
  rule,
  severity,
  summary,
  summaryTh,
  streamId,
  evidenceEventIds,
  details,
  programme,
  unitId,
  areaCode,
  streamIds,
  raisedBy,
}: RedFlagFinding): Finding => ({
  findingId,
  rule,
  severity,
  summary,
  summaryTh,
  streamId,
  evidenceEventIds,
  areaCode,
  details: { ...details, programme, unitId, areaCode, streamIds, raisedBy },
});

/**
 * Runs the red-flag rules over the money log, the programmes' published money contract and
 * nothing else of theirs. After each batch it raises the batch's findings; at the end of a scan it
 * saves its position with its state, so a restart resumes where it stopped instead of replaying
 * the log; a crash in between re-raises findings whose ids are derived from the facts, which
 * records nothing twice. One scan at a time: a call during a scan waits for it and then scans again.
 */
export class RedFlagScanner {
  private state: RedFlagState = initialRedFlagState();
  private position: number | undefined;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly log: () => Promise<MoneyLog>,
    private readonly checkpoints: () => Promise<ScanCheckpoints>,
    private readonly findings: FindingsLog,
    private readonly config?: RedFlagConfig,
    private readonly batchSize = 1_000,
  ) {}

  /** Money messages scanned so far (the log's position at the last scan). */
  get scannedMessages(): number {
    return this.position ?? 0;
  }

  /** Scans every message not yet scanned; resolves with the number of new findings raised. */
  scan(): Promise<number> {
    this.running = this.running.then(
      () => this.scanOnce(),
      () => this.scanOnce(),
    );
    return this.running;
  }

  private async resume(checkpoints: ScanCheckpoints): Promise<number> {
    if (this.position !== undefined) return this.position;
    const saved = await checkpoints.load(RED_FLAG_SCANNER);
    this.state = saved ? parseRedFlagState(saved.state) : initialRedFlagState();
    this.position = saved?.position ?? 0;
    return this.position;
  }

  private async scanOnce(): Promise<number> {
    const [log, checkpoints] = await Promise.all([this.log(), this.checkpoints()]);
    let raised = 0;
    const savedAt = await this.resume(checkpoints);
    for (
      let batch = await log.readMoneyLog({ after: savedAt, maxCount: this.batchSize });
      batch.length > 0;
      batch = await log.readMoneyLog({ after: this.position, maxCount: this.batchSize })
    ) {
      let state = this.state;
      const found: Finding[] = [];
      for (const entry of batch) {
        const step = evaluateRedFlags(state, entry.message, this.config);
        state = step.state;
        found.push(...step.findings.map(asFinding));
      }
      // Findings are recorded before the position moves past their evidence, so a crash re-raises them.
      raised += (await this.findings.raise(found)).length;
      this.state = state;
      this.position = batch[batch.length - 1].seq;
    }
    // Saved once a scan, not once a batch: the state is one document that grows with the log
    // (bench/audit: ~1.2 KB a message), so a save per batch made a replay from zero quadratic. A
    // crash loses at most this scan's progress; its findings' ids are derived, so none is doubled.
    if (this.position !== savedAt)
      await checkpoints.save(RED_FLAG_SCANNER, { position: this.position ?? 0, state: serializeRedFlagState(this.state) });
    return raised;
  }
}
