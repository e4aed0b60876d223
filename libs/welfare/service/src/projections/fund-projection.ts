import { ReadModelStore, orderOf, StepOutcome } from '@kongthun/read-models';
import { evolve, FundEvent, FundState, initialState, isFundEventType } from '@kongthun/welfare-domain';
import { fundDocuments, membersTouched } from './fund-documents';
import { FUND_VIEW_COLLECTIONS, FUND_VIEWS_PROJECTION, FundStateDocument } from './fund-read-models';
import { fundStateFromJson } from './fund-state-json';

/** What the projection needs of an event, whether it came from the log or from Kafka. */
export type ProjectedEvent = { streamId: string; streamRevision: bigint; type: string; data: Record<string, unknown> };

const FUND_STREAM_PREFIX = 'welfare-fund-';

/**
 * Keeps the fund views (overview, member statements, claims queue, 3-party report) from the events
 * of each fund stream. It applies an event with the domain's `evolve` to the fund's state as the
 * last applied revision left it, and writes the views of the new state with that revision.
 *
 * Idempotent and rebuildable: a redelivered revision is a no-op, a gap throws `ReadModelGapError`
 * (the message is retried or dead-lettered, never skipped), and dropping the collections and
 * replaying the log from the start builds the same documents.
 */
export class FundProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(event: ProjectedEvent): Promise<StepOutcome | 'not-a-fund-event'> {
    const { streamId, streamRevision: revision } = event;
    if (!streamId.startsWith(FUND_STREAM_PREFIX)) return 'not-a-fund-event';
    // Skipping it would leave a hole every later event of the fund falls into: refuse it loudly.
    if (!isFundEventType(event.type))
      throw new Error(`${FUND_VIEWS_PROJECTION}: ${streamId} revision ${revision} has a type this projection does not know: ${event.type}`);
    const last = await this.readModels.lastApplied(FUND_VIEWS_PROJECTION, streamId);
    if (orderOf(FUND_VIEWS_PROJECTION, streamId, last, revision) === 'already-applied') return 'already-applied';
    // Fund events are stored as the domain defines them (see fundEventCodec): the type says it all.
    const fundEvent = { type: event.type, data: event.data } as unknown as FundEvent;
    const state = await this.stateAfter(fundEvent, streamId, last, revision);
    const writes = state.status === 'Registered' ? fundDocuments(state, streamId, membersTouched(fundEvent, state)) : [];
    return this.readModels.apply({ projection: FUND_VIEWS_PROJECTION, streamId, revision, writes });
  }

  /** Forgets every fund view, so that replaying the log from its start rebuilds them. */
  drop(): Promise<void> {
    return this.readModels.drop(FUND_VIEWS_PROJECTION, Object.values(FUND_VIEW_COLLECTIONS));
  }

  /** The fund after `event`: the stored state evolved by it, or the stored state itself if it already includes it. */
  private async stateAfter(event: FundEvent, streamId: string, lastApplied: bigint | undefined, revision: bigint): Promise<FundState> {
    const stored = await this.readModels.get<FundStateDocument>(FUND_VIEW_COLLECTIONS.state, streamId);
    // An earlier attempt wrote this event's documents (the state among them) but stopped before
    // the checkpoint moved: its state is the state after this event.
    if (stored?.revision === revision) return fundStateFromJson(stored.body);
    if (lastApplied === undefined && stored === undefined) return evolve(initialState(), event);
    if (stored !== undefined && stored.revision === lastApplied) return evolve(fundStateFromJson(stored.body), event);
    // Folding from nothing here would silently drop the fund's history from every view.
    throw new Error(
      `${FUND_VIEWS_PROJECTION}: the state of ${streamId} is at revision ${stored?.revision ?? 'none'}, its checkpoint at ${lastApplied ?? 'none'}`,
    );
  }
}
