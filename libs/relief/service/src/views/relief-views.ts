import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { ReliefDeclarations } from '../commands/relief-declarations';
import { ReliefHouseholds } from '../commands/relief-households';
import { ReliefRuns } from '../commands/relief-runs';
import {
  DashboardDocument,
  householdDocumentId,
  HouseholdDocument,
  RELIEF_VIEW_COLLECTIONS,
  RunPaymentsDocument,
} from './relief-read-models';

export const RELIEF_READ_MODELS = Symbol('relief.read-models');
export const RELIEF_READ_MODEL_FRESHNESS = Symbol('relief.read-model-freshness');

/**
 * The views, served from their read models (ReliefProjection keeps them): one document a
 * dashboard, a run's counts or a household's timeline, whatever the declaration's size. The
 * declaration's and the run's own facts come from their small streams. Embedded, a read first waits
 * for the log follower, so it sees every write before it; distributed, the views trail the writes.
 */
@Injectable()
export class ReliefViews {
  constructor(
    @Inject(RELIEF_READ_MODELS) private readonly readModels: ReadModelStore,
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    private readonly runs: ReliefRuns,
    @Optional() @Inject(RELIEF_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  /** Households registered, assessed and paid, and amounts entitled and paid by item. */
  async dashboard(declarationId: string, actor: AuthenticatedActor) {
    const zone = await this.declarations.zone(declarationId, actor, true);
    await this.freshness?.settled();
    const stored = await this.readModels.get<DashboardDocument>(RELIEF_VIEW_COLLECTIONS.dashboards, declarationId);
    const counts = stored?.body ?? { registered: 0, assessed: 0, paid: 0, byItem: [] };
    return {
      declarationId,
      name: zone.name,
      areaCodes: zone.areaCodes,
      period: { from: zone.from, until: zone.until },
      households: { registered: counts.registered, assessed: counts.assessed, paid: counts.paid },
      byItem: counts.byItem,
    };
  }

  /** The run's own facts and its payments counted by status. */
  async runStatus(runId: string, actor: AuthenticatedActor) {
    const { run } = await this.runs.run(runId, actor, true);
    await this.freshness?.settled();
    const stored = await this.readModels.get<RunPaymentsDocument>(RELIEF_VIEW_COLLECTIONS.runPayments, runId);
    return {
      runId,
      status: run.status,
      method: run.method,
      controlTotals: { count: run.controlCount, amount: run.controlAmount },
      approvalsRequired: run.approvalsRequired,
      approverIds: run.approverIds,
      exported: run.exported,
      payments: stored?.body.byStatus ?? {},
    };
  }

  /** Everything that happened to one household, in order. */
  async timeline(declarationId: string, houseRegistrationNo: string, actor: AuthenticatedActor) {
    await this.declarations.zone(declarationId, actor, true);
    const householdId = this.households.householdId(houseRegistrationNo);
    await this.freshness?.settled();
    const stored = await this.readModels.get<HouseholdDocument>(
      RELIEF_VIEW_COLLECTIONS.households,
      householdDocumentId(declarationId, householdId),
    );
    return { declarationId, householdId, entries: stored?.body.entries ?? [] };
  }
}
