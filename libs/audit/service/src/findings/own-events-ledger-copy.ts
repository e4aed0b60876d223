import { LedgerEvent } from '@kongthun/audit-ledger';
import { AppendOutcome } from '@kongthun/audit-store';
import { EventStore, LogCheckpoint } from '@kongthun/event-sourcing';
import { envelopeToJson } from '@kongthun/messaging';

/** What the copy needs of the ledger: an append that answers `duplicate` for an event it holds. */
export interface LedgerAppendMany {
  appendMany(events: readonly LedgerEvent[]): Promise<AppendOutcome[]>;
}

/** The ledger refused one of the audit service's own events: its store was altered, or an id was reused. */
export class OwnEventRefusedError extends Error {
  constructor(readonly outcome: AppendOutcome) {
    super(
      `The audit ledger refused the audit service's own event ${outcome.eventId} (${outcome.status}): the audit store no longer matches what the ledger proves`,
    );
    this.name = 'OwnEventRefusedError';
  }
}

/**
 * The audit service's own events (findings raised, case steps) copied into its Merkle ledger,
 * each exactly as its own store recorded it: same id, type, stream, revision, prevHash and hash.
 * The ledger then proves a finding like any payout, and its chain check and verification treat
 * these streams like any other.
 *
 * Why the store first and a catch-up after, not two writes: the store is where the decision is
 * made (a finding id not raised before, a case step at its expected revision), so it is written
 * first, and the ledger is a copy of it, as it is of every other service's store. The copy follows
 * the store's global log from a checkpoint kept in memory. A crash between the store append and
 * the ledger append therefore loses no leaf: a new process starts the copy from the beginning of
 * the log (at bootstrap, and on its first finding or case step), and the ledger's append is
 * idempotent by event id, so what it already holds answers `duplicate` and only the lost leaves
 * are added. Replicas each copy; the ledger absorbs the duplicates the same way.
 */
export class OwnEventsLedgerCopy {
  private after: LogCheckpoint | undefined;
  private running: Promise<number> = Promise.resolve(0);

  constructor(
    private readonly store: EventStore,
    private readonly ledger: LedgerAppendMany,
    private readonly batchSize = 500,
  ) {}

  /**
   * Copies every event of the store not yet copied by this process; resolves with the number of
   * new leaves. One copy at a time: a call during a copy waits for it, then copies again. A
   * refused event stops the copy at that event (it is retried next time, never skipped).
   */
  catchUp(): Promise<number> {
    this.running = this.running.then(
      () => this.copyOnce(),
      () => this.copyOnce(),
    );
    return this.running;
  }

  private async copyOnce(): Promise<number> {
    let appended = 0;
    for (;;) {
      const batch = await this.store.readAll({ after: this.after, maxCount: this.batchSize });
      if (batch.length === 0) return appended;
      const outcomes = await this.ledger.appendMany(batch.map(({ event }): LedgerEvent => envelopeToJson(event)));
      const refused = outcomes.find((outcome) => outcome.status === 'conflict' || outcome.status === 'hash-mismatch');
      if (refused) throw new OwnEventRefusedError(refused);
      appended += outcomes.filter((outcome) => outcome.status === 'appended').length;
      this.after = batch[batch.length - 1].checkpoint;
    }
  }
}
