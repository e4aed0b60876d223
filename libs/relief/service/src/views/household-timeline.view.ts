import { HouseholdBucketEvent } from '@kongthun/relief-domain';
import { AttemptFacts, HouseholdDocument, HouseholdFacts, TimelineEntry } from './relief-read-models';

/** Where the event was stored, for the timeline's entries and the document's guard. */
export interface EventPlace {
  streamId: string;
  revision: bigint;
  eventId: string;
  recordedAt: string;
}

/** The households one bucket event is about, each with its entry and how its facts change. */
export interface HouseholdStep {
  householdId: string;
  entry: Record<string, unknown>;
  next: (facts: HouseholdFacts) => HouseholdFacts;
}

const withAttempt = (reference: string, status: AttemptFacts['status']) => (facts: HouseholdFacts) => ({
  ...facts,
  attempts: facts.attempts.map((attempt) => (attempt.reference === reference ? { ...attempt, status } : attempt)),
});

/** The household timeline's evolve: the entries and facts each event brings, per household it names. */
export const householdSteps = (event: HouseholdBucketEvent): HouseholdStep[] => {
  switch (event.type) {
    case 'relief.households.registered':
      return event.data.households.map((h) => ({
        householdId: h.householdId,
        entry: { on: event.data.registeredOn, villageCode: h.villageCode, method: h.method },
        next: (facts) => facts,
      }));
    case 'relief.households.assessed':
      return event.data.assessments.map((a) => ({
        householdId: a.householdId,
        entry: { on: event.data.assessedOn, assessmentId: a.assessmentId, entitlements: a.entitlements },
        next: (facts) => ({ ...facts, assessed: true, entitlements: a.entitlements.map(({ item, amount }) => ({ item, amount })) }),
      }));
    case 'relief.payments.issued':
      return event.data.payments.map((p) => ({
        householdId: p.householdId,
        entry: { on: event.data.issuedOn, runId: event.data.runId, reference: p.reference, attempt: p.attempt, amount: p.amount },
        next: (facts) => ({
          ...facts,
          attempts: [
            ...facts.attempts.filter((attempt) => attempt.reference !== p.reference),
            { reference: p.reference, runId: event.data.runId, amount: p.amount, status: 'issued' },
          ],
        }),
      }));
    case 'relief.payments.settled':
      return event.data.payments.map((p) => ({
        householdId: p.householdId,
        entry: { on: event.data.paidOn, runId: event.data.runId, reference: p.reference, amount: p.amount },
        next: withAttempt(p.reference, 'paid'),
      }));
    case 'relief.payments.failed':
      return event.data.payments.map((p) => ({
        householdId: p.householdId,
        entry: { on: event.data.failedOn, reference: p.reference, amount: p.amount, reason: p.reason },
        next: withAttempt(p.reference, 'failed'),
      }));
    case 'relief.payments.returned':
      return event.data.payments.map((p) => ({
        householdId: p.householdId,
        entry: { on: event.data.returnedOn, reference: p.reference, amount: p.amount, reason: p.reason },
        next: withAttempt(p.reference, 'returned'),
      }));
    case 'relief.payment.reversed':
      return [
        {
          householdId: event.data.householdId,
          entry: { on: event.data.reversedOn, reference: event.data.reference, amount: event.data.amount, reason: event.data.reason },
          next: withAttempt(event.data.reference, 'reversed'),
        },
      ];
    case 'relief.bank-lines.unmatched':
      return [];
  }
};

export const NO_FACTS: HouseholdFacts = { assessed: false, entitlements: [], attempts: [] };

export const factsOf = (document: HouseholdDocument): HouseholdFacts => ({
  assessed: document.assessed,
  entitlements: document.entitlements,
  attempts: document.attempts,
});

/** The household's facts just before this event, also when the event comes a second time. */
export const factsBefore = (stored: HouseholdDocument | undefined, place: EventPlace): HouseholdFacts | null => {
  if (stored === undefined) return null;
  const { applied } = stored;
  if (applied.streamId === place.streamId && applied.revision === place.revision.toString()) return applied.before;
  return factsOf(stored);
};

/** The household's document after the event; unchanged (undefined) when it already holds it. */
export const nextHouseholdDocument = (
  stored: HouseholdDocument | undefined,
  declarationId: string,
  step: HouseholdStep,
  type: string,
  place: EventPlace,
): HouseholdDocument | undefined => {
  const revision = place.revision.toString();
  if (stored !== undefined && stored.applied.streamId === place.streamId && BigInt(stored.applied.revision) >= place.revision)
    return undefined;
  const before = stored === undefined ? null : factsOf(stored);
  const entry: TimelineEntry = { type, recordedAt: place.recordedAt, eventId: place.eventId, ...step.entry };
  return {
    declarationId,
    householdId: step.householdId,
    ...step.next(before ?? NO_FACTS),
    entries: [...(stored?.entries ?? []), entry],
    applied: { streamId: place.streamId, revision, before },
  };
};

/** The current attempt is the last one: a household counts as paid while it is paid. */
export const isPaid = (facts: HouseholdFacts | null): boolean => facts?.attempts.at(-1)?.status === 'paid';
