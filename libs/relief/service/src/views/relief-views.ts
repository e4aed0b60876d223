import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import {
  bucketOf,
  currentPayment,
  householdBucketDecider,
  householdBucketStreamId,
  HouseholdBucketEvent,
  paymentsOfRun,
} from '@kongthun/relief-domain';
import { foldStream } from '../commands/decide-on-stream';
import { RELIEF_EVENT_STORE } from '../commands/relief-clock';
import { ReliefDeclarations } from '../commands/relief-declarations';
import { householdBucketCodec } from '../commands/relief-event-codec';
import { ReliefHouseholds } from '../commands/relief-households';
import { ReliefRuns } from '../commands/relief-runs';

/**
 * The views, folded from the bucket streams on request, one bucket at a time (memory stays that of
 * one bucket). A projection into MongoDB read models, as welfare has, is the next step for
 * declarations of a million households: see libs/relief/README.md.
 */
@Injectable()
export class ReliefViews {
  constructor(
    @Inject(RELIEF_EVENT_STORE) private readonly store: EventStore,
    private readonly declarations: ReliefDeclarations,
    private readonly households: ReliefHouseholds,
    private readonly runs: ReliefRuns,
  ) {}

  /** Households registered, assessed and paid, and amounts entitled and paid by item. */
  async dashboard(declarationId: string, actor: AuthenticatedActor) {
    const zone = await this.declarations.zone(declarationId, actor, true);
    let registered = 0;
    let assessed = 0;
    let paid = 0;
    const byItem = new Map<string, { entitled: Money; paid: Money; households: number }>();
    for (let bucket = 0; bucket < zone.householdBuckets; bucket++) {
      const state = await foldStream(
        this.store,
        householdBucketDecider,
        householdBucketCodec,
        householdBucketStreamId(declarationId, bucket),
      );
      for (const household of state.households.values()) {
        registered += 1;
        if (household.assessmentId !== null) assessed += 1;
        const isPaid = currentPayment(household)?.status === 'paid';
        if (isPaid) paid += 1;
        for (const entitlement of household.entitlements) {
          const row = byItem.get(entitlement.item) ?? { entitled: Money.zero, paid: Money.zero, households: 0 };
          const amount = Money.fromJSON(entitlement.amount);
          byItem.set(entitlement.item, {
            entitled: row.entitled.plus(amount),
            paid: isPaid ? row.paid.plus(amount) : row.paid,
            households: row.households + 1,
          });
        }
      }
    }
    return {
      declarationId,
      name: zone.name,
      areaCodes: zone.areaCodes,
      period: { from: zone.from, until: zone.until },
      households: { registered, assessed, paid },
      byItem: [...byItem].map(([item, row]) => ({
        item,
        households: row.households,
        entitled: row.entitled.toDecimalString(),
        paid: row.paid.toDecimalString(),
      })),
    };
  }

  /** The run's own facts and its payments counted by status. */
  async runStatus(runId: string, actor: AuthenticatedActor) {
    const { run, zone } = await this.runs.run(runId, actor, true);
    const counts: Record<string, { count: number; amount: Money }> = {};
    for (let bucket = 0; bucket < zone.householdBuckets; bucket++) {
      const state = await foldStream(
        this.store,
        householdBucketDecider,
        householdBucketCodec,
        householdBucketStreamId(zone.declarationId, bucket),
      );
      for (const payment of paymentsOfRun(state, runId)) {
        const row = counts[payment.status] ?? { count: 0, amount: Money.zero };
        counts[payment.status] = { count: row.count + 1, amount: row.amount.plus(Money.fromJSON(payment.amount)) };
      }
    }
    return {
      runId,
      status: run.status,
      method: run.method,
      controlTotals: { count: run.controlCount, amount: run.controlAmount },
      approvalsRequired: run.approvalsRequired,
      approverIds: run.approverIds,
      exported: run.exported,
      payments: Object.fromEntries(
        Object.entries(counts).map(([status, row]) => [status, { count: row.count, amount: row.amount.toDecimalString() }]),
      ),
    };
  }

  /** Everything that happened to one household, in order, from its bucket. */
  async timeline(declarationId: string, houseRegistrationNo: string, actor: AuthenticatedActor) {
    const zone = await this.declarations.zone(declarationId, actor, true);
    const householdId = this.households.householdId(houseRegistrationNo);
    const events = await this.store.readStream(householdBucketStreamId(declarationId, bucketOf(householdId, zone.householdBuckets)));
    const entries = [];
    for (const recorded of events) {
      const event = householdBucketCodec.decode(recorded);
      const mine = entriesFor(event, householdId);
      for (const data of mine) entries.push({ type: event.type, recordedAt: recorded.recordedAt, eventId: recorded.id, ...data });
    }
    return { declarationId, householdId, entries };
  }
}

const entriesFor = (event: HouseholdBucketEvent, householdId: string): Record<string, unknown>[] => {
  switch (event.type) {
    case 'relief.households.registered':
      return event.data.households
        .filter((h) => h.householdId === householdId)
        .map((h) => ({ on: event.data.registeredOn, villageCode: h.villageCode, method: h.method }));
    case 'relief.households.assessed':
      return event.data.assessments
        .filter((a) => a.householdId === householdId)
        .map((a) => ({ on: event.data.assessedOn, assessmentId: a.assessmentId, entitlements: a.entitlements }));
    case 'relief.payments.issued':
      return event.data.payments
        .filter((p) => p.householdId === householdId)
        .map((p) => ({ on: event.data.issuedOn, runId: event.data.runId, reference: p.reference, attempt: p.attempt, amount: p.amount }));
    case 'relief.payments.settled':
      return event.data.payments
        .filter((p) => p.householdId === householdId)
        .map((p) => ({ on: event.data.paidOn, runId: event.data.runId, reference: p.reference, amount: p.amount }));
    case 'relief.payments.failed':
      return event.data.payments
        .filter((p) => p.householdId === householdId)
        .map((p) => ({ on: event.data.failedOn, reference: p.reference, amount: p.amount, reason: p.reason }));
    case 'relief.payments.returned':
      return event.data.payments
        .filter((p) => p.householdId === householdId)
        .map((p) => ({ on: event.data.returnedOn, reference: p.reference, amount: p.amount, reason: p.reason }));
    case 'relief.payment.reversed':
      return event.data.householdId === householdId
        ? [{ on: event.data.reversedOn, reference: event.data.reference, amount: event.data.amount, reason: event.data.reason }]
        : [];
    case 'relief.bank-lines.unmatched':
      return [];
  }
};
