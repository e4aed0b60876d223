import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SignedTreeHead } from '@kongthun/audit-evidence';
import { AuditLedgerStore, StoredVillageHouseholds } from '@kongthun/audit-store';
import { redFlagReference } from '@kongthun/audit-red-flags';
import { EventStore } from '@kongthun/event-sourcing';
import { ChainCheckReport } from '../chain/chain-check';
import { runIncrementalChainCheck } from '../chain/incremental-chain-check';
import { findingOfChainProblem } from '../findings/chain-findings';
import { FindingsLog } from '../findings/findings-log';
import { OwnEventsLedgerCopy } from '../findings/own-events-ledger-copy';
import { RedFlagScanner } from '../scan/red-flag-scanner';
import { AuditOptions } from './audit-options';
import { AUDIT_EVENT_STORE, AUDIT_LEDGER, AUDIT_OPTIONS } from './audit-tokens';
import { ledgerStreamsOf } from './ledger-recorded-events';

export interface CheckRun {
  redFlagsRaised: number;
  moneyMessagesScanned: number;
  chain: ChainCheckReport;
  chainFindingsRaised: number;
}

/** The audit service's scheduled work: sign tree heads as the ledger grows; scan for red flags and chain breaks. */
@Injectable()
export class AuditJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly findings: FindingsLog;
  private readonly scanner: RedFlagScanner;
  private readonly logger = new Logger('AuditJobs');
  private timers: NodeJS.Timeout[] = [];
  private lastCheck: CheckRun | undefined;

  constructor(
    @Inject(AUDIT_LEDGER) private readonly ledger: AuditLedgerStore,
    @Inject(AUDIT_EVENT_STORE) store: EventStore,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditOptions,
    ledgerCopy: OwnEventsLedgerCopy,
  ) {
    this.findings = new FindingsLog(store, ledgerCopy);
    this.scanner = new RedFlagScanner(
      () => ledger.moneyLog(),
      () => ledger.scanCheckpoints(),
      this.findings,
      options.redFlags,
      undefined,
      undefined,
      async () => redFlagReference(await (await ledger.villageHouseholds()).all()),
    );
  }

  /**
   * Imports village household counts: kept in the auditor's database, then every registration
   * scanned so far is judged by them as later ones will be. Resolves with the villages held and
   * the findings the import raised.
   */
  async importVillageHouseholds(counts: readonly StoredVillageHouseholds[]): Promise<{ villagesHeld: number; findingsRaised: number }> {
    const store = await this.ledger.villageHouseholds();
    await store.import(counts);
    const held = await store.all();
    return { villagesHeld: held.length, findingsRaised: await this.scanner.useReference(redFlagReference(held)) };
  }

  onApplicationBootstrap(): void {
    const every = (ms: number, job: () => Promise<unknown>) => {
      if (ms > 0)
        this.timers.push(
          setInterval(() => job().catch((error: unknown) => this.logger.error(error instanceof Error ? error.stack : String(error))), ms),
        );
    };
    // Findings and case steps a crash kept out of the ledger are copied in at once.
    this.findings.copyToLedger().catch((error: unknown) => this.logger.error(error instanceof Error ? error.stack : String(error)));
    every(this.options.signEveryMs, () => this.signIfGrown());
    every(this.options.checkEveryMs, () => this.runChecks());
  }

  async onApplicationShutdown(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    // The scanner saves its state only now and then; an orderly stop keeps all its progress.
    await this.scanner.flush().catch((error: unknown) => this.logger.warn(`red-flag checkpoint not saved at shutdown: ${String(error)}`));
  }

  /** Signs a new head when the ledger holds leaves the latest head does not cover. */
  async signIfGrown(): Promise<SignedTreeHead | undefined> {
    const [latest, size] = await Promise.all([this.ledger.latestTreeHead(), this.ledger.size()]);
    if (size === 0 || latest?.treeSize === size) return undefined;
    return this.ledger.signTreeHead(this.options.signingKey);
  }

  async signNow(): Promise<SignedTreeHead> {
    return (await this.signIfGrown()) ?? (await this.ledger.latestTreeHead()) ?? this.ledger.signTreeHead(this.options.signingKey);
  }

  async scanRedFlags(): Promise<number> {
    return this.scanner.scan();
  }

  /**
   * Red-flag scan, then the chain check against the source stores of the streams that received
   * ledger events since the last check (`fullChainCheck`: of every stream); problems become findings.
   */
  async runChecks(options: { fullChainCheck?: boolean } = {}): Promise<CheckRun> {
    const redFlagsRaised = await this.scanner.scan();
    const { report: chain, raised: chainFindingsRaised } = await runIncrementalChainCheck(
      {
        ledger: { ...ledgerStreamsOf(this.ledger), streamsChangedAfter: (after) => this.ledger.streamsChangedAfter(after) },
        sources: this.options.sources,
        checkpoint: this.ledger.chainCheckpoint,
        raise: async (problems) => (await this.findings.raise(problems.map(findingOfChainProblem))).length,
      },
      { full: options.fullChainCheck },
    );
    this.lastCheck = { redFlagsRaised, moneyMessagesScanned: this.scanner.scannedMessages, chain, chainFindingsRaised };
    return this.lastCheck;
  }

  latestCheck(): CheckRun | undefined {
    return this.lastCheck;
  }
}
