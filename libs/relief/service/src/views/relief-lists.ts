import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { ReadModelFreshness, ReadModelStore } from '@kongthun/read-models';
import { ReliefDeclarations } from '../commands/relief-declarations';
import { ReliefRuns } from '../commands/relief-runs';
import { assertDeclarationInScope } from '../commands/relief-scope';
import { isPaid } from './household-timeline.view';
import {
  DashboardDocument,
  DeclarationListDocument,
  DeclarationRunDocument,
  declarationRunDocumentId,
  householdDocumentId,
  HouseholdDocument,
  RELIEF_VIEW_COLLECTIONS,
} from './relief-read-models';
import { RELIEF_READ_MODEL_FRESHNESS, RELIEF_READ_MODELS } from './relief-views';

/** One page of a list: `nextCursor` is null on the last page. */
export type ReliefPage<T> = { items: T[]; nextCursor: string | null };

/** Documents read at once while skipping declarations outside the caller's scope, or listing runs. */
const SCAN_BATCH = 100;

const inScopeOf = (actor: AuthenticatedActor) => (declaration: DeclarationListDocument) => {
  try {
    assertDeclarationInScope(actor, declaration, true);
    return true;
  } catch {
    return false;
  }
};

/**
 * The relief lists, paged by id from the read models: declarations in the caller's areas with their
 * dashboard counts, a declaration's households, a declaration's runs. A cursor is the last id of the
 * page before, so a page stays right when declarations or households are added meanwhile.
 */
@Injectable()
export class ReliefLists {
  constructor(
    @Inject(RELIEF_READ_MODELS) private readonly readModels: ReadModelStore,
    private readonly declarations: ReliefDeclarations,
    private readonly runs: ReliefRuns,
    @Optional() @Inject(RELIEF_READ_MODEL_FRESHNESS) private readonly freshness?: ReadModelFreshness,
  ) {}

  /** Declarations the caller may read, by declaration id, each with its dashboard's household counts. */
  async declarationsPage(
    actor: AuthenticatedActor,
    limit: number,
    cursor?: string,
  ): Promise<ReliefPage<ReturnType<typeof declarationLine>>> {
    await this.freshness?.settled();
    const inScope = inScopeOf(actor);
    const found: DeclarationListDocument[] = [];
    let after = cursor;
    for (;;) {
      const batch = await this.readModels.list<DeclarationListDocument>(RELIEF_VIEW_COLLECTIONS.declarations, { after, limit: SCAN_BATCH });
      for (const document of batch) {
        if (inScope(document.body)) found.push(document.body);
        if (found.length > limit) break;
      }
      if (found.length > limit || batch.length < SCAN_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    const page = found.slice(0, limit);
    const dashboards = await Promise.all(
      page.map((declaration) => this.readModels.get<DashboardDocument>(RELIEF_VIEW_COLLECTIONS.dashboards, declaration.declarationId)),
    );
    return {
      items: page.map((declaration, i) => declarationLine(declaration, dashboards[i]?.body)),
      nextCursor: found.length > limit ? page[page.length - 1].declarationId : null,
    };
  }

  /** The declaration's households by household id (the keyed hash of the house registration number). */
  async householdsPage(declarationId: string, actor: AuthenticatedActor, limit: number, cursor?: string) {
    await this.declarations.zone(declarationId, actor, true);
    await this.freshness?.settled();
    const documents = await this.readModels.list<HouseholdDocument>(RELIEF_VIEW_COLLECTIONS.households, {
      idPrefix: householdDocumentId(declarationId, ''),
      after: cursor === undefined ? undefined : householdDocumentId(declarationId, cursor),
      limit: limit + 1,
    });
    const items = documents.slice(0, limit).map((document) => householdLine(document.body));
    return { items, nextCursor: documents.length > limit ? items[items.length - 1].householdId : null };
  }

  /** The declaration's payment runs by run id, each with its status from the run's own stream. */
  async runsOf(declarationId: string, actor: AuthenticatedActor) {
    await this.declarations.zone(declarationId, actor, true);
    await this.freshness?.settled();
    const filed: DeclarationRunDocument[] = [];
    for (let after: string | undefined; ;) {
      const batch = await this.readModels.list<DeclarationRunDocument>(RELIEF_VIEW_COLLECTIONS.declarationRuns, {
        idPrefix: declarationRunDocumentId(declarationId, ''),
        after,
        limit: SCAN_BATCH,
      });
      filed.push(...batch.map((document) => document.body));
      if (batch.length < SCAN_BATCH) break;
      after = batch[batch.length - 1].id;
    }
    const items = await Promise.all(
      filed.map(async ({ runId, programmeId, method, controlCount, controlAmount, createdOn }) => ({
        runId,
        programmeId,
        method,
        status: (await this.runs.run(runId, actor, true)).run.status,
        controlTotals: { count: controlCount, amount: controlAmount },
        createdOn,
      })),
    );
    return { declarationId, items };
  }
}

const declarationLine = (
  { declarationId, name, disasterType, areaCodes, disasterDate, from, until, declaredOn }: DeclarationListDocument,
  dashboard: DashboardDocument | undefined,
) => ({
  declarationId,
  name,
  disasterType,
  areaCodes,
  disasterDate,
  period: { from, until },
  declaredOn,
  households: { registered: dashboard?.registered ?? 0, assessed: dashboard?.assessed ?? 0, paid: dashboard?.paid ?? 0 },
});

/** Status as the dashboard counts it: paid while the current attempt is paid, else assessed, else registered. */
const householdLine = (household: HouseholdDocument) => {
  const registered = household.entries.find((entry) => entry.type === 'relief.households.registered');
  const paid = isPaid(household);
  return {
    householdId: household.householdId,
    villageCode: typeof registered?.villageCode === 'string' ? registered.villageCode : null,
    status: paid ? ('paid' as const) : household.assessed ? ('assessed' as const) : ('registered' as const),
    entitled: household.entitlements.reduce((total, { amount }) => total.plus(Money.fromJSON(amount)), Money.zero).toDecimalString(),
    paid: paid ? Money.fromJSON(household.attempts[household.attempts.length - 1].amount).toDecimalString() : '0.00',
  };
};
