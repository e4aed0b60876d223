import { Actor, EventStore, EventStoreError, isWrongExpectedRevision, JsonObject, RecordedEvent } from '@kongthun/event-sourcing';
import { Finding } from './finding';

/** The one stream of the audit service's own store where findings are raised, never edited. */
export const FINDINGS_STREAM = 'audit.findings';
export const FINDING_RAISED = 'audit.finding.raised';

export interface RaisedFinding extends Finding {
  raisedAt: string;
  /** The raising event, so the finding itself can be proven to be in the ledger. */
  raisedByEventId: string;
}

export const raisedFrom = (event: RecordedEvent): RaisedFinding => ({ ...(event.data as unknown as Finding), raisedAt: event.recordedAt, raisedByEventId: event.id });

/**
 * Findings as events of the audit service's own store. The event id is the finding id, so raising
 * the same finding twice (a re-run, two scanners) can never record it twice.
 */
export class FindingsLog {
  constructor(
    private readonly store: EventStore,
    private readonly actor: Actor = { userId: 'audit-service', role: 'system' },
  ) {}

  async list(): Promise<RaisedFinding[]> {
    return (await this.store.readStream(FINDINGS_STREAM)).filter((event) => event.type === FINDING_RAISED).map(raisedFrom);
  }

  async get(findingId: string): Promise<RaisedFinding | undefined> {
    return (await this.list()).find((finding) => finding.findingId === findingId);
  }

  /** Records the findings not raised before; returns those it recorded. */
  async raise(findings: readonly Finding[]): Promise<RaisedFinding[]> {
    for (let attempt = 1; ; attempt++) {
      const existing = await this.store.readStream(FINDINGS_STREAM);
      const known = new Set(existing.map((event) => event.id));
      const fresh = [...new Map(findings.filter((finding) => !known.has(finding.findingId)).map((finding) => [finding.findingId, finding])).values()];
      if (fresh.length === 0) return [];
      const expected = existing.length === 0 ? 'no-stream' : existing[existing.length - 1].streamRevision;
      try {
        const { events } = await this.store.appendToStream(
          FINDINGS_STREAM,
          fresh.map((finding) => ({
            id: finding.findingId,
            type: FINDING_RAISED,
            schemaVersion: 1,
            data: finding as unknown as JsonObject,
            metadata: { actor: this.actor, correlationId: finding.findingId, causationId: finding.evidenceEventIds[0] ?? null },
          })),
          expected,
        );
        return events.map(raisedFrom);
      } catch (error) {
        // Another scanner got there first: re-read and keep only what is still new.
        const raced = isWrongExpectedRevision(error) || (error instanceof EventStoreError && error.code === 'eventstore.duplicate-event-id');
        if (!raced || attempt >= 5) throw error;
      }
    }
  }
}
