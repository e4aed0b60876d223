import { ReadModelStore, orderOf, StepOutcome } from '@kongthun/read-models';
import { evolve, FundEvent, fundStreamId, initialState, isFundEventType } from '@kongthun/welfare-domain';
import { fundDocuments, membersTouched } from './fund-documents';
import { FUND_VIEW_COLLECTIONS, FUND_VIEWS_PROJECTION, FundStateDocument } from './fund-read-models';
import { fundStateFromJson } from './fund-state-json';

/** What the projection needs of an event, whether it came from the log or from Kafka. */
export type ProjectedEvent = { streamId: string; streamRevision: bigint; type: string; data: Record<string, unknown> };

/** A fund's streams (governance, members, books by year, roster, claim index) all start so. */
type StateWithProgress = FundStateDocument & { appliedStreams?: Record<string, string>; appliedCount?: string };

const FUND_STREAM_PREFIX = 'welfare-';

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
    // A fund's events are on several streams (governance, members, books, ...); its views are one
    // set of documents, checkpointed per fund by a count of the events applied, while the state
    // document remembers the last revision applied of each of the fund's streams.
    const stateId = fundStreamId((event.data as { fundId: string }).fundId);
    const [checkpoint, stored] = await Promise.all([
      this.readModels.lastApplied(FUND_VIEWS_PROJECTION, stateId),
      this.readModels.get<StateWithProgress>(FUND_VIEW_COLLECTIONS.state, stateId),
    ]);
    const applied = stored?.body.appliedStreams ?? {};
    const count = stored === undefined ? -1n : BigInt(stored.body.appliedCount ?? String(stored.revision));
    const seen = applied[streamId] === undefined ? undefined : BigInt(applied[streamId]);
    if (orderOf(FUND_VIEWS_PROJECTION, streamId, seen, revision) === 'already-applied') {
      // An earlier attempt wrote the documents but stopped before the checkpoint moved: move it now.
      if (stored !== undefined && (checkpoint === undefined || checkpoint < count))
        return this.readModels.apply({ projection: FUND_VIEWS_PROJECTION, streamId: stateId, revision: count, writes: [] });
      return 'already-applied';
    }
    // Fund events are stored as the domain defines them (see fundEventCodec): the type says it all.
    const fundEvent = { type: event.type, data: event.data } as unknown as FundEvent;
    const state = evolve(stored === undefined ? initialState() : fundStateFromJson(stored.body), fundEvent);
    const next = count + 1n;
    const progress = { appliedStreams: { ...applied, [streamId]: revision.toString() }, appliedCount: next.toString() };
    const writes =
      state.status === 'Registered'
        ? fundDocuments(state, stateId, membersTouched(fundEvent, state)).map((write) =>
            write.collection === FUND_VIEW_COLLECTIONS.state ? { ...write, body: { ...write.body, ...progress } } : write,
          )
        : [];
    return this.readModels.apply({ projection: FUND_VIEWS_PROJECTION, streamId: stateId, revision: next, writes });
  }

  /** Forgets every fund view, so that replaying the log from its start rebuilds them. */
  drop(): Promise<void> {
    return this.readModels.drop(FUND_VIEWS_PROJECTION, Object.values(FUND_VIEW_COLLECTIONS));
  }
}
