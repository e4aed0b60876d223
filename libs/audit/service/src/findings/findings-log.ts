import { FINDING_RAISED } from '@kongthun/audit-evidence';
import {
  Actor,
  EventStore,
  EventStoreError,
  isWrongExpectedRevision,
  JsonObject,
  LogCheckpoint,
  RecordedEvent,
} from '@kongthun/event-sourcing';
import { Finding } from './finding';
import { OwnEventsLedgerCopy } from './own-events-ledger-copy';

export { FINDING_RAISED };

/** Each finding's own stream, in the audit service's store and, as a copy, in its ledger. */
export const findingStreamId = (findingId: string): string => `audit-finding-${findingId}`;

/** Where findings were raised before each had its own stream; still read, never written. */
export const FINDINGS_STREAM = 'audit.findings';

export interface RaisedFinding extends Finding {
  raisedAt: string;
  /** The raising event (its id is the finding id): the ledger leaf that proves the finding. */
  raisedByEventId: string;
}

export const raisedFrom = (event: RecordedEvent): RaisedFinding => ({
  ...(event.data as unknown as Finding),
  raisedAt: event.recordedAt,
  raisedByEventId: event.id,
});

/** The finding was raised before: by another scanner just now, or in the former single stream. */
const alreadyRaised = (error: unknown): boolean =>
  isWrongExpectedRevision(error) || (error instanceof EventStoreError && error.code === 'eventstore.duplicate-event-id');

/**
 * Findings as events of the audit service's own store, each in its own stream at revision 0, and
 * each copied into the audit ledger so that it is itself provable (see OwnEventsLedgerCopy). The
 * event id is the finding id and its stream must not exist yet, so raising the same finding
 * twice (a re-run, two scanners) can never record it twice, in the store or in the ledger.
 */
export class FindingsLog {
  /**
   * @param ledgerCopy copies raised findings into the ledger; without it (a scanner's unit test)
   * findings stay in the store only.
   */
  constructor(
    private readonly store: EventStore,
    private readonly ledgerCopy?: OwnEventsLedgerCopy,
    private readonly actor: Actor = { userId: 'audit-service', role: 'system' },
  ) {}

  /** Every finding in the order raised. */
  async list(): Promise<RaisedFinding[]> {
    const found = new Map<string, RaisedFinding>();
    let after: LogCheckpoint | undefined;
    for (
      let batch = await this.store.readAll({ maxCount: 1_000 });
      batch.length > 0;
      batch = await this.store.readAll({ after, maxCount: 1_000 })
    ) {
      for (const { event } of batch) if (event.type === FINDING_RAISED && !found.has(event.id)) found.set(event.id, raisedFrom(event));
      after = batch[batch.length - 1].checkpoint;
    }
    return [...found.values()];
  }

  async get(findingId: string): Promise<RaisedFinding | undefined> {
    const [own] = await this.store.readStream(findingStreamId(findingId));
    if (own) return raisedFrom(own);
    return (await this.list()).find((finding) => finding.findingId === findingId);
  }

  /** Records the findings not raised before and copies them into the ledger; returns those it recorded. */
  async raise(findings: readonly Finding[]): Promise<RaisedFinding[]> {
    if (findings.length === 0) return [];
    // No read of earlier findings (that would grow with the ledger): each finding's stream must not
    // exist yet, so the store itself refuses one raised before.
    const fresh = [...new Map(findings.map((finding) => [finding.findingId, finding])).values()];
    const raised: RaisedFinding[] = [];
    for (const finding of fresh) {
      try {
        const { events } = await this.store.appendToStream(
          findingStreamId(finding.findingId),
          [
            {
              id: finding.findingId,
              type: FINDING_RAISED,
              schemaVersion: 1,
              data: finding as unknown as JsonObject,
              metadata: { actor: this.actor, correlationId: finding.findingId, causationId: finding.evidenceEventIds[0] ?? null },
            },
          ],
          'no-stream',
        );
        raised.push(raisedFrom(events[0]));
      } catch (error) {
        if (!alreadyRaised(error)) throw error;
      }
    }
    // Also when nothing was new: a finding stored before a crash may still lack its leaf.
    await this.copyToLedger();
    return raised;
  }

  /** Copies into the ledger every finding (and case step) of the store it does not hold yet. */
  async copyToLedger(): Promise<void> {
    await this.ledgerCopy?.catchUp();
  }
}
