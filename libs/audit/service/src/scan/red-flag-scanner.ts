import {
  evaluateRedFlags,
  initialRedFlagState,
  NO_REFERENCE,
  RedFlagReference,
  villagesOverReference,
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
 * nothing else of theirs. After each batch it raises the batch's findings; now and then (see
 * `saveEveryMessages`) and at shutdown it saves its position with its state, so a restart resumes
 * where it stopped instead of replaying the log; a crash in between re-raises findings whose ids
 * are derived from the facts, which records nothing twice. One scan at a time: a call during a scan waits for it and then scans again.
 */
export class RedFlagScanner {
  private state: RedFlagState = initialRedFlagState();
  private position: number | undefined;
  private savedPosition = 0;
  private running: Promise<number> = Promise.resolve(0);
  private reference: RedFlagReference | undefined;

  /**
   * @param saveEveryMessages the state is one document that grows with the log (bench/audit: about
   * 1.2 KB a message), so it is saved once this many messages were scanned since the last save, and
   * on `flush()` at shutdown, not after every scan. A crash loses at most that much progress, which
   * the next start rescans; findings' ids are derived from the facts, so none is raised twice.
   */
  constructor(
    private readonly log: () => Promise<MoneyLog>,
    private readonly checkpoints: () => Promise<ScanCheckpoints>,
    private readonly findings: FindingsLog,
    private readonly config?: RedFlagConfig,
    private readonly batchSize = 1_000,
    private readonly saveEveryMessages = 10_000,
    /** Reference facts the audit office imported (village household counts), read once and replaced by `useReference`. */
    private readonly loadReference: () => Promise<RedFlagReference> = () => Promise.resolve(NO_REFERENCE),
  ) {}

  /**
   * Judges by new reference facts from now on, and at once judges what was already scanned by them
   * (a village already over its new count); resolves with the number of findings raised by that.
   */
  useReference(reference: RedFlagReference): Promise<number> {
    const apply = async () => {
      await this.resume(await this.checkpoints());
      const step = villagesOverReference(this.state, reference, this.config);
      const raised = (await this.findings.raise(step.findings.map(asFinding))).length;
      this.state = step.state;
      this.reference = reference;
      return raised;
    };
    this.running = this.running.then(apply, apply);
    return this.running;
  }

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
    this.savedPosition = this.position;
    return this.position;
  }

  /** Saves the position and state if they moved since the last save (orderly shutdown, tests). */
  flush(): Promise<void> {
    this.running = this.running
      .then(
        () => this.save(),
        () => this.save(),
      )
      .then(() => 0);
    return this.running.then(() => undefined);
  }

  private async save(): Promise<void> {
    if (this.position === undefined || this.position === this.savedPosition) return;
    const position = this.position;
    await (await this.checkpoints()).save(RED_FLAG_SCANNER, { position, state: serializeRedFlagState(this.state) });
    this.savedPosition = position;
  }

  private async scanOnce(): Promise<number> {
    const [log, checkpoints] = await Promise.all([this.log(), this.checkpoints()]);
    let raised = 0;
    const from = await this.resume(checkpoints);
    this.reference ??= await this.loadReference();
    const reference = this.reference;
    for (
      let batch = await log.readMoneyLog({ after: from, maxCount: this.batchSize });
      batch.length > 0;
      batch = await log.readMoneyLog({ after: this.position, maxCount: this.batchSize })
    ) {
      let state = this.state;
      const found: Finding[] = [];
      for (const entry of batch) {
        const step = evaluateRedFlags(state, entry.message, this.config, reference);
        state = step.state;
        found.push(...step.findings.map(asFinding));
      }
      // Findings are recorded before the position moves past their evidence, so a crash re-raises them.
      raised += (await this.findings.raise(found)).length;
      this.state = state;
      this.position = batch[batch.length - 1].seq;
    }
    if ((this.position ?? 0) - this.savedPosition >= this.saveEveryMessages) await this.save();
    return raised;
  }
}
