import { Inject, Injectable, Optional } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { dateOfInstant, DomainError, fiscalYearOf, Money } from '@kongthun/kernel';
import {
  BankResultLine,
  bucketOfReference,
  countOutcomes,
  CreateRun,
  householdBucketDecider,
  householdBucketStreamId,
  HouseholdBucketEvent,
  paymentEligibility,
  PaymentRun,
  PaymentRunCommand,
  paymentRunDecider,
  PaymentRunState,
  paymentRunStreamId,
  paymentsOfRun,
  programmeRunsDecider,
  programmeRunsStreamId,
  ZoneFacts,
} from '@kongthun/relief-domain';
import { PAYEE_DIRECTORY, PayeeDirectory } from '../bank-files/payee-directory';
import { PAYMENT_FILE_LAYOUTS } from '../bank-files/bank-file-layouts';
import { BucketPartitions } from './bucket-partitions';
import { bucketRange, overlapInOrder } from './buckets-in-flight';
import { decideOnStream, foldStream } from './decide-on-stream';
import { Clock, commandContext, RELIEF_CLOCK, RELIEF_EVENT_STORE } from './relief-clock';
import { RELIEF_CONFIG, ReliefConfig } from './relief-config';
import { ReliefDeclarations, zoneFactsOf } from './relief-declarations';
import { householdBucketCodec, paymentRunCodec, programmeRunsCodec } from './relief-event-codec';

export interface DryRunFigures {
  applicableCount: number;
  applicableAmount: string;
  notApplicable: { reason: string; count: number; amount: string }[];
}

/** A result file as imported: its layout and SHA-256 (the same file is refused a second time). */
export interface ResultFile {
  format: string;
  sha256: string;
}

/** Payment runs: run-level facts in the run's stream, payments issued and reconciled bucket by bucket. */
@Injectable()
export class ReliefRuns {
  constructor(
    @Inject(RELIEF_EVENT_STORE) private readonly store: EventStore,
    @Inject(RELIEF_CONFIG) private readonly config: ReliefConfig,
    @Inject(PAYEE_DIRECTORY) private readonly payees: PayeeDirectory,
    private readonly declarations: ReliefDeclarations,
    @Optional() @Inject(RELIEF_CLOCK) private readonly clock: Clock = () => new Date(),
  ) {}

  async run(runId: string, actor: AuthenticatedActor, reading = false): Promise<{ run: PaymentRun; zone: ZoneFacts }> {
    const state = await foldStream(this.store, paymentRunDecider, paymentRunCodec, paymentRunStreamId(runId));
    if (state.status === 'None') throw new DomainError('relief.run-not-found', `No run ${runId}`, { messageTh: 'ไม่พบรอบการจ่ายเงิน' });
    return { run: state, zone: zoneFactsOf(await this.declarations.zone(state.declarationId, actor, reading)) };
  }

  /** Decided on the empty run first, so a refused run takes no programme lock; then the lock, then the run. */
  async create(actor: AuthenticatedActor, data: Omit<CreateRun['data'], 'tiers'>): Promise<RecordedEvent[]> {
    await this.declarations.zone(data.declarationId, actor);
    const context = commandContext(actor, this.clock);
    const command: PaymentRunCommand = { type: 'CreateRun', data: { ...data, tiers: this.config.tiers }, metadata: context.command };
    const existing = await foldStream(this.store, paymentRunDecider, paymentRunCodec, paymentRunStreamId(data.runId));
    paymentRunDecider.decide(command, existing);
    const year = fiscalYearOf(new Date(context.command.now));
    const lastYear = await foldStream(
      this.store,
      programmeRunsDecider,
      programmeRunsCodec,
      programmeRunsStreamId(data.programmeId, year - 1),
    );
    await decideOnStream(
      this.store,
      programmeRunsDecider,
      programmeRunsCodec,
      programmeRunsStreamId(data.programmeId, year),
      context.event,
      (state) => ({
        events: programmeRunsDecider.decide(
          { type: 'OpenRun', data: { programmeId: data.programmeId, runId: data.runId, inFlightLastYear: lastYear.inFlight } },
          state,
        ),
        result: undefined,
      }),
    );
    return this.decideRun(data.runId, context, command);
  }

  /** Counts what the run would pay, bucket by bucket, writing only the figures to the run. */
  async dryRun(runId: string, actor: AuthenticatedActor): Promise<{ figures: DryRunFigures; events: RecordedEvent[] }> {
    const { run, zone } = await this.run(runId, actor);
    const context = commandContext(actor, this.clock);
    const figures = await this.figures(run, zone, dateOfInstant(context.command.now));
    const events = await this.decideRun(runId, context, { type: 'RecordDryRun', data: figures, metadata: context.command });
    return { figures, events };
  }

  async approve(runId: string, actor: AuthenticatedActor): Promise<RecordedEvent[]> {
    await this.run(runId, actor);
    const context = commandContext(actor, this.clock);
    return this.decideRun(runId, context, { type: 'ApproveRun', data: {}, metadata: context.command });
  }

  async close(runId: string, actor: AuthenticatedActor, reason: string): Promise<RecordedEvent[]> {
    const { run } = await this.run(runId, actor);
    const context = commandContext(actor, this.clock);
    const events = await this.decideRun(runId, context, { type: 'CloseRun', data: { reason }, metadata: context.command });
    for (const year of [fiscalYearOf(new Date(context.command.now)), fiscalYearOf(new Date(context.command.now)) - 1])
      await decideOnStream(
        this.store,
        programmeRunsDecider,
        programmeRunsCodec,
        programmeRunsStreamId(run.programmeId, year),
        context.event,
        (state) => ({
          events: programmeRunsDecider.decide({ type: 'CloseProgrammeRun', data: { programmeId: run.programmeId, runId } }, state),
          result: undefined,
        }),
      );
    return events;
  }

  /**
   * Writes the run's bank file through `write`, bucket by bucket. The totals are checked read-only
   * first: a file that would not match the approved control totals is refused before any payment
   * is issued. Issuing is idempotent, so exporting again yields the same lines and references.
   */
  async exportBankFile(runId: string, actor: AuthenticatedActor, write: (chunk: string) => Promise<void> | void) {
    const { run, zone } = await this.run(runId, actor);
    const context = commandContext(actor, this.clock);
    const day = dateOfInstant(context.command.now);
    if (run.status !== 'Approved' && run.status !== 'Exported')
      throw new DomainError('relief.run-not-approved', 'Only an approved run is exported', { messageTh: 'ส่งออกไฟล์ได้เฉพาะรอบที่อนุมัติแล้ว' });
    const planned = await this.figures(run, zone, day);
    const issuedBefore = run.status === 'Exported' ? run.exported : null;
    if (
      issuedBefore === null &&
      (planned.applicableCount !== run.controlCount || !Money.fromJSON(planned.applicableAmount).equals(Money.fromJSON(run.controlAmount)))
    )
      throw new DomainError('relief.run-export-totals-mismatch', 'The bank file would not match the approved control totals', {
        messageTh: 'ไฟล์ธนาคารไม่ตรงกับยอดควบคุมที่อนุมัติ',
        details: { count: planned.applicableCount, amount: planned.applicableAmount },
      });
    const layout = PAYMENT_FILE_LAYOUTS[run.method];
    const hash = createHash('sha256');
    const out = async (text: string) => {
      hash.update(text);
      await write(text);
    };
    await out(layout.header());
    let count = 0;
    let total = Money.zero;
    // Buckets are issued a few at a time and written in bucket order: the same file, line for line.
    const issue = async (bucket: number) => {
      const { state } = await decideOnStream(
        this.store,
        householdBucketDecider,
        householdBucketCodec,
        householdBucketStreamId(zone.declarationId, bucket),
        context.event,
        (current) => ({
          events: householdBucketDecider.decide(
            {
              type: 'IssuePayments',
              data: { zone, bucket, run: { runId, method: run.method, approverIds: run.approverIds } },
              metadata: context.command,
            },
            current,
          ),
          result: undefined,
        }),
      );
      const payments = paymentsOfRun(state, runId);
      const accounts =
        payments.length === 0
          ? new Map<string, string>()
          : await this.payees.get(
              zone.declarationId,
              payments.map((payment) => payment.householdId),
            );
      return { payments, accounts };
    };
    await overlapInOrder(bucketRange(zone.householdBuckets), issue, async ({ payments, accounts }) => {
      for (const payment of payments) {
        const account = accounts.get(payment.householdId);
        if (account === undefined) throw new Error(`No payee account for household ${payment.householdId} of ${zone.declarationId}`);
        await out(layout.line({ reference: payment.reference, account, amount: payment.amount }));
        count += 1;
        total = total.plus(Money.fromJSON(payment.amount));
      }
    });
    await out(layout.trailer(count, total));
    const sha256 = hash.digest('hex');
    await this.decideRun(runId, context, {
      type: 'RecordExport',
      data: { format: layout.format, count, amount: total.toDecimalString(), sha256 },
      metadata: context.command,
    });
    return { format: layout.format, count, amount: total.toDecimalString(), sha256 };
  }

  /**
   * Reconciles a result file's lines, refusing a file imported before: every line is read (each
   * must parse) and sorted by bucket into temporary partitions before any is applied, then each
   * bucket's lines are decided together (each bucket read and appended to once); the counts are
   * recorded on the run.
   */
  async importResults(runId: string, actor: AuthenticatedActor, file: ResultFile, lines: AsyncIterable<BankResultLine>) {
    const { run, zone } = await this.run(runId, actor);
    const context = commandContext(actor, this.clock);
    const partitions = await BucketPartitions.open<BankResultLine>(zone.householdBuckets);
    try {
      return await this.reconcile(run, zone, context, file, lines, partitions);
    } finally {
      await partitions.remove();
    }
  }

  /** The whole file is read first: a malformed line refuses it before the run's state is even asked. */
  private async reconcile(
    run: PaymentRun,
    zone: ZoneFacts,
    context: ReturnType<typeof commandContext>,
    { format, sha256 }: ResultFile,
    lines: AsyncIterable<BankResultLine>,
    partitions: BucketPartitions<BankResultLine>,
  ) {
    const { runId } = run;
    let total = 0;
    let unknown = 0;
    for await (const line of lines) {
      total += 1;
      const bucket = bucketOfReference(line.reference);
      if (bucket === undefined || bucket >= zone.householdBuckets) unknown += 1;
      else await partitions.add(bucket, line);
    }
    if (run.status !== 'Exported')
      throw new DomainError('relief.run-not-exported', 'Results come only for an exported run', {
        messageTh: 'นำเข้าผลได้เฉพาะรอบที่ส่งออกไฟล์แล้ว',
      });
    if (run.importedFiles.includes(sha256))
      throw new DomainError('relief.result-file-already-imported', 'This result file was already imported', {
        messageTh: 'นำเข้าไฟล์ผลนี้แล้ว',
      });
    const counts = { paid: 0, failed: 0, returned: 0, 'unknown-reference': unknown, 'amount-mismatch': 0, 'duplicate-line': 0 };
    const add = (events: HouseholdBucketEvent[]) => {
      const outcome = countOutcomes(events);
      for (const key of Object.keys(counts) as (keyof typeof counts)[]) counts[key] += outcome[key];
    };
    for await (const byBucket of partitions.byBucket())
      await overlapInOrder(
        byBucket,
        async ([bucket, bucketLines]) => {
          const { events } = await decideOnStream(
            this.store,
            householdBucketDecider,
            householdBucketCodec,
            householdBucketStreamId(zone.declarationId, bucket),
            context.event,
            (state) => ({
              events: householdBucketDecider.decide(
                { type: 'RecordBankResults', data: { zone, bucket, runId, lines: bucketLines }, metadata: context.command },
                state,
              ),
              result: undefined,
            }),
          );
          return events;
        },
        add,
      );
    const imported = {
      format,
      sha256,
      lines: total,
      paid: counts.paid,
      failed: counts.failed,
      returned: counts.returned,
      unknownReference: counts['unknown-reference'],
      amountMismatch: counts['amount-mismatch'],
      duplicateLine: counts['duplicate-line'],
    };
    await this.decideRun(runId, context, { type: 'RecordResultImport', data: imported, metadata: context.command });
    return imported;
  }

  private async figures(run: PaymentRun, zone: ZoneFacts, day: string): Promise<DryRunFigures> {
    let applicableCount = 0;
    let applicableAmount = Money.zero;
    const reasons = new Map<string, { count: number; amount: Money }>();
    // Read a few at a time, counted in bucket order: the reasons come out in the same order every time.
    const read = (bucket: number) =>
      foldStream(this.store, householdBucketDecider, householdBucketCodec, householdBucketStreamId(zone.declarationId, bucket));
    await overlapInOrder(bucketRange(zone.householdBuckets), read, (state) => {
      for (const household of state.households.values()) {
        const eligibility = paymentEligibility(zone, household, run.method, day, run.runId);
        if (eligibility.applicable) {
          applicableCount += 1;
          applicableAmount = applicableAmount.plus(eligibility.amount);
        } else {
          const reason = reasons.get(eligibility.reason) ?? { count: 0, amount: Money.zero };
          reasons.set(eligibility.reason, { count: reason.count + 1, amount: reason.amount.plus(eligibility.amount) });
        }
      }
    });
    return {
      applicableCount,
      applicableAmount: applicableAmount.toDecimalString(),
      notApplicable: [...reasons].map(([reason, { count, amount }]) => ({ reason, count, amount: amount.toDecimalString() })),
    };
  }

  private async decideRun(runId: string, context: ReturnType<typeof commandContext>, command: PaymentRunCommand): Promise<RecordedEvent[]> {
    const { recorded } = await decideOnStream(
      this.store,
      paymentRunDecider,
      paymentRunCodec,
      paymentRunStreamId(runId),
      context.event,
      (state: PaymentRunState) => ({
        events: paymentRunDecider.decide(command, state),
        result: undefined,
      }),
    );
    return recorded;
  }
}
