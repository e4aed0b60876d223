import { eventHash, RecordedEvent } from '@kongthun/event-sourcing';

/**
 * How a service's own store differs from the audit ledger's copy of a stream. The ledger copy was
 * received over Kafka when the event was published, so it is the witness; the source is the suspect.
 */
export type SourceProblem =
  /** The ledger holds the event; the source has nothing at that revision. */
  | 'source.event-lost'
  /** The source holds the same event id at another revision than the ledger recorded. */
  | 'source.event-reordered'
  /** Same id and revision, but the bytes differ from the ledger's copy or from the event's own hash. */
  | 'source.event-changed'
  /** The source holds a different event at a revision the ledger already holds. */
  | 'source.event-replaced';

export interface SourceDiscrepancy {
  problem: SourceProblem;
  streamId: string;
  streamRevision: bigint;
  /** The event the ledger holds at that revision. */
  eventId: string;
  /** What the source shows instead, when it shows anything. */
  sourceEventId?: string;
  sourceRevision?: bigint;
}

/**
 * Compares one stream as the ledger holds it with the same stream read back from its source store.
 * Events the source has beyond the ledger's last revision are not findings: they may simply not have
 * reached the audit service yet.
 */
export const compareWithSource = (ledger: readonly RecordedEvent[], source: readonly RecordedEvent[]): SourceDiscrepancy[] => {
  const sourceByRevision = new Map(source.map((event) => [event.streamRevision, event]));
  const sourceRevisionOfId = new Map(source.map((event) => [event.id, event.streamRevision]));
  const discrepancies: SourceDiscrepancy[] = [];
  for (const held of ledger) {
    const at = { streamId: held.streamId, streamRevision: held.streamRevision, eventId: held.id };
    const found = sourceByRevision.get(held.streamRevision);
    const movedTo = sourceRevisionOfId.get(held.id);
    if (movedTo !== undefined && movedTo !== held.streamRevision) {
      discrepancies.push({ ...at, problem: 'source.event-reordered', sourceRevision: movedTo, sourceEventId: found?.id });
    } else if (!found) {
      discrepancies.push({ ...at, problem: 'source.event-lost' });
    } else if (found.id !== held.id) {
      discrepancies.push({ ...at, problem: 'source.event-replaced', sourceEventId: found.id });
    } else if (found.hash !== held.hash || eventHash(found) !== held.hash) {
      discrepancies.push({ ...at, problem: 'source.event-changed' });
    }
  }
  return discrepancies;
};
