import { RecordedEvent } from '@kongthun/event-sourcing';
import {
  DECLARATION_EVENT_TYPES,
  DeclarationEvent,
  HOUSEHOLD_BUCKET_EVENT_TYPES,
  HouseholdBucketEvent,
  PAYMENT_RUN_EVENT_TYPES,
  PaymentRunEvent,
} from '@kongthun/relief-domain';
import { DocumentChange, orderOf, ReadModelStore, StepOutcome } from '@kongthun/read-models';
import { declarationCodec, householdBucketCodec, paymentRunCodec } from '../commands/relief-event-codec';
import { nextDeclarationListDocument } from './declaration-list.view';
import { nextDeclarationRunDocument } from './declaration-runs.view';
import { addHouseholdChange, emptyDashboardDelta, isEmptyDashboardDelta, nextDashboard } from './declaration-dashboard.view';
import { EventPlace, factsBefore, householdSteps, NO_FACTS, nextHouseholdDocument } from './household-timeline.view';
import {
  DashboardDocument,
  DeclarationListDocument,
  DeclarationRunDocument,
  declarationRunDocumentId,
  householdDocumentId,
  HouseholdDocument,
  RELIEF_VIEW_COLLECTIONS,
  RELIEF_VIEWS_PROJECTION,
  RunPaymentsDocument,
} from './relief-read-models';
import { addAttemptChanges, nextRunPayments, RunPaymentsDelta } from './run-payments.view';

const BUCKET_EVENT_TYPES: ReadonlySet<string> = new Set(HOUSEHOLD_BUCKET_EVENT_TYPES);
const DECLARATION_TYPES: ReadonlySet<string> = new Set(DECLARATION_EVENT_TYPES);
const RUN_TYPES: ReadonlySet<string> = new Set(PAYMENT_RUN_EVENT_TYPES);
/** Household documents read at once while an event's changes are worked out. */
const LOOKUPS_AT_ONCE = 100;

/**
 * Keeps relief's views. The declaration list from the declaration streams and the declaration's
 * runs from the run streams: one small document per declaration or run, written by its own stream.
 * The other three from the household bucket streams: each household's timeline (one
 * document per household), the declaration's dashboard and each run's payments by status (one small
 * document each). An event of a bucket names at most the bucket's households (~1,000), so it writes
 * at most that many household documents plus one dashboard and one per run it touches; no document
 * grows with the declaration. Counts move by each household's facts before and after the event, so
 * the same event delivered twice, even after a crash halfway through, counts once.
 */
export class ReliefProjection {
  constructor(private readonly readModels: ReadModelStore) {}

  async project(recorded: RecordedEvent): Promise<StepOutcome | 'not-a-view-event'> {
    const kind = BUCKET_EVENT_TYPES.has(recorded.type)
      ? 'bucket'
      : DECLARATION_TYPES.has(recorded.type)
        ? 'declaration'
        : RUN_TYPES.has(recorded.type)
          ? 'run'
          : undefined;
    if (kind === undefined) return 'not-a-view-event';
    const { streamId, streamRevision: revision } = recorded;
    const last = await this.readModels.lastApplied(RELIEF_VIEWS_PROJECTION, streamId);
    if (orderOf(RELIEF_VIEWS_PROJECTION, streamId, last, revision) === 'already-applied') return 'already-applied';
    const place: EventPlace = { streamId, revision, eventId: recorded.id, recordedAt: recorded.recordedAt };
    const changes =
      kind === 'bucket'
        ? await this.changesOf(householdBucketCodec.decode(recorded), place)
        : kind === 'declaration'
          ? declarationChanges(declarationCodec.decode(recorded))
          : runChanges(paymentRunCodec.decode(recorded));
    return this.readModels.change({ projection: RELIEF_VIEWS_PROJECTION, streamId, revision, changes });
  }

  private async changesOf(event: HouseholdBucketEvent, place: EventPlace): Promise<DocumentChange[]> {
    const { declarationId } = event.data;
    const steps = householdSteps(event);
    // A registration's households are new: before it they had no facts, on every delivery.
    const stored =
      event.type === 'relief.households.registered'
        ? new Map<string, HouseholdDocument>()
        : await this.householdsNamed(
            declarationId,
            steps.map((step) => step.householdId),
          );
    const dashboard = emptyDashboardDelta();
    const runs: RunPaymentsDelta = new Map();
    const changes: DocumentChange[] = steps.map((step) => {
      const before = factsBefore(stored.get(step.householdId), place);
      const after = step.next(before ?? NO_FACTS);
      addHouseholdChange(dashboard, before, after);
      addAttemptChanges(runs, before, after);
      return {
        collection: RELIEF_VIEW_COLLECTIONS.households,
        id: householdDocumentId(declarationId, step.householdId),
        evolve: (body: HouseholdDocument | undefined) => nextHouseholdDocument(body, declarationId, step, event.type, place),
      };
    });
    if (!isEmptyDashboardDelta(dashboard))
      changes.push({
        collection: RELIEF_VIEW_COLLECTIONS.dashboards,
        id: declarationId,
        evolve: (body: DashboardDocument | undefined) => nextDashboard(body, declarationId, dashboard),
      });
    for (const [runId, byStatus] of runs)
      changes.push({
        collection: RELIEF_VIEW_COLLECTIONS.runPayments,
        id: runId,
        evolve: (body: RunPaymentsDocument | undefined) => nextRunPayments(body, runId, byStatus),
      });
    return changes;
  }

  /** The stored documents of the households an event names, a hundred look-ups at a time. */
  private async householdsNamed(declarationId: string, householdIds: string[]) {
    const found = new Map<string, HouseholdDocument>();
    for (let i = 0; i < householdIds.length; i += LOOKUPS_AT_ONCE) {
      const slice = householdIds.slice(i, i + LOOKUPS_AT_ONCE);
      const documents = await Promise.all(
        slice.map((householdId) =>
          this.readModels.get<HouseholdDocument>(RELIEF_VIEW_COLLECTIONS.households, householdDocumentId(declarationId, householdId)),
        ),
      );
      documents.forEach((document, j) => {
        if (document !== undefined) found.set(slice[j], document.body);
      });
    }
    return found;
  }

  /** Forgets the relief views, so that replaying the log from its start rebuilds them. */
  drop(): Promise<void> {
    return this.readModels.drop(RELIEF_VIEWS_PROJECTION, Object.values(RELIEF_VIEW_COLLECTIONS));
  }
}

const declarationChanges = (event: DeclarationEvent): DocumentChange[] => [
  {
    collection: RELIEF_VIEW_COLLECTIONS.declarations,
    id: event.data.declarationId,
    evolve: (body: DeclarationListDocument | undefined) => nextDeclarationListDocument(body, event),
  },
];

// Only a created run names its declaration; the run's later events move the checkpoint and nothing else.
const runChanges = (event: PaymentRunEvent): DocumentChange[] =>
  event.type === 'relief.run.created'
    ? [
        {
          collection: RELIEF_VIEW_COLLECTIONS.declarationRuns,
          id: declarationRunDocumentId(event.data.declarationId, event.data.runId),
          evolve: (body: DeclarationRunDocument | undefined) => nextDeclarationRunDocument(body, event),
        },
      ]
    : [];
