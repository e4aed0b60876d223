import { evaluateRedFlags, initialRedFlagState, RedFlagConfig, RedFlagFinding, RedFlagState } from '@kongthun/audit-red-flags';
import { LedgerEntry } from '@kongthun/audit-store';
import { MoneyMessage, moneyMessageSchema } from '@kongthun/money-contract';
import { Finding } from '../findings/finding';
import { FindingsLog } from '../findings/findings-log';

/** What the scanner reads of the ledger: its leaves in order, after a leaf index. */
export interface LedgerLog {
  readLog(options: { after?: number; maxCount: number }): Promise<LedgerEntry[]>;
}

const asFinding = ({ findingId, rule, severity, summary, summaryTh, streamId, evidenceEventIds, details, programme, unitId, fundId, areaCode, streamIds, raisedBy }: RedFlagFinding): Finding => ({
  findingId, rule, severity, summary, summaryTh, streamId, evidenceEventIds,
  details: { ...details, programme, unitId, fundId, areaCode, streamIds, raisedBy },
});

/**
 * Red flags read money-contract messages only. Until this scanner consumes the money topic, the
 * ledger's leaves are programme events and none passes: only a leaf whose data is a money message
 * is evaluated.
 */
const moneyMessageOf = (entry: LedgerEntry): MoneyMessage | null => {
  const parsed = moneyMessageSchema.safeParse(entry.event.data);
  return parsed.success ? parsed.data : null;
};

/**
 * Runs the red-flag rules over the ledger in leaf order. The rules' state lives in memory and is
 * rebuilt by replaying the ledger at start; finding ids come from the facts, so the replay raises
 * nothing twice. One scan at a time: a call during a scan waits for it and then scans again.
 */
export class RedFlagScanner {
  private state: RedFlagState = initialRedFlagState();
  private lastLeaf = -1;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly ledger: LedgerLog,
    private readonly findings: FindingsLog,
    private readonly config?: RedFlagConfig,
    private readonly batchSize = 1_000,
  ) {}

  /** Leaves scanned so far (the ledger's size at the last scan). */
  get scannedLeaves(): number {
    return this.lastLeaf + 1;
  }

  /** Scans every leaf not yet scanned; resolves with the number of new findings raised. */
  scan(): Promise<number> {
    this.running = this.running.then(() => this.scanOnce(), () => this.scanOnce());
    return this.running;
  }

  private async scanOnce(): Promise<number> {
    let raised = 0;
    for (let batch = await this.ledger.readLog({ after: this.lastLeaf, maxCount: this.batchSize }); batch.length > 0; batch = await this.ledger.readLog({ after: this.lastLeaf, maxCount: this.batchSize })) {
      let state = this.state;
      const found: Finding[] = [];
      for (const entry of batch) {
        const message = moneyMessageOf(entry);
        if (message === null) continue;
        const step = evaluateRedFlags(state, message, this.config);
        state = step.state;
        found.push(...step.findings.map(asFinding));
      }
      // Findings are recorded before the scanner moves past their evidence, so a crash re-raises them.
      raised += (await this.findings.raise(found)).length;
      this.state = state;
      this.lastLeaf = batch[batch.length - 1].leafIndex;
    }
    return raised;
  }
}
