import { HouseholdBucketEvent, HouseholdRegistration, PaymentLine, PayeeMethod } from './household.events';
import { Entitlement } from '../rates/entitlements';

export type PaymentStatus = 'issued' | 'paid' | 'failed' | 'returned' | 'reversed';

export interface PaymentAttempt extends PaymentLine {
  runId: string;
  method: PayeeMethod;
  approverIds: string[];
  status: PaymentStatus;
}

/** One household within its bucket: what registration, assessment and payment rules need. */
export interface HouseholdRecord {
  registration: HouseholdRegistration;
  assessmentId: string | null;
  entitlements: Entitlement[];
  /** Attempts by reference, in order; the last one is the household's current payment. */
  payments: Map<string, PaymentAttempt>;
  attempts: number;
}

export interface HouseholdBucketState {
  declarationId: string | null;
  households: Map<string, HouseholdRecord>;
  /** Which household each reference pays, for matching bank lines. */
  references: Map<string, string>;
  /** Reversal ids used, so a resent reversal is refused by its id. */
  reversalIds: Set<string>;
  disasterDate: string | null;
}

export const initialHouseholdBucketState = (): HouseholdBucketState => ({
  declarationId: null,
  households: new Map(),
  references: new Map(),
  reversalIds: new Set(),
  disasterDate: null,
});

const withPayments = (
  state: HouseholdBucketState,
  changes: readonly { householdId: string; reference: string }[],
  change: (attempt: PaymentAttempt) => PaymentAttempt,
): HouseholdBucketState => {
  const households = new Map(state.households);
  for (const { householdId, reference } of changes) {
    const household = households.get(householdId);
    const attempt = household?.payments.get(reference);
    if (household === undefined || attempt === undefined) continue;
    households.set(householdId, { ...household, payments: new Map(household.payments).set(reference, change(attempt)) });
  }
  return { ...state, households };
};

export const evolveHouseholdBucket = (state: HouseholdBucketState, event: HouseholdBucketEvent): HouseholdBucketState => {
  switch (event.type) {
    case 'relief.households.registered': {
      const households = new Map(state.households);
      for (const registration of event.data.households)
        households.set(registration.householdId, { registration, assessmentId: null, entitlements: [], payments: new Map(), attempts: 0 });
      return { ...state, declarationId: event.data.declarationId, households };
    }
    case 'relief.households.assessed': {
      const households = new Map(state.households);
      for (const assessment of event.data.assessments) {
        const household = households.get(assessment.householdId);
        if (household !== undefined)
          households.set(assessment.householdId, {
            ...household,
            assessmentId: assessment.assessmentId,
            entitlements: assessment.entitlements,
          });
      }
      return { ...state, households, disasterDate: event.data.disasterDate };
    }
    case 'relief.payments.issued': {
      const households = new Map(state.households);
      const references = new Map(state.references);
      for (const line of event.data.payments) {
        const household = households.get(line.householdId);
        if (household === undefined) continue;
        const attempt: PaymentAttempt = {
          ...line,
          runId: event.data.runId,
          method: event.data.method,
          approverIds: event.data.approverIds,
          status: 'issued',
        };
        households.set(line.householdId, {
          ...household,
          payments: new Map(household.payments).set(line.reference, attempt),
          attempts: line.attempt,
        });
        references.set(line.reference, line.householdId);
      }
      return { ...state, households, references };
    }
    case 'relief.payments.settled':
      return withPayments(state, event.data.payments, (attempt) => ({ ...attempt, status: 'paid' }));
    case 'relief.payments.failed':
      return withPayments(state, event.data.payments, (attempt) => ({ ...attempt, status: 'failed' }));
    case 'relief.payments.returned':
      return withPayments(state, event.data.payments, (attempt) => ({ ...attempt, status: 'returned' }));
    case 'relief.payment.reversed':
      return {
        ...withPayments(state, [event.data], (attempt) => ({ ...attempt, status: 'reversed' })),
        reversalIds: new Set(state.reversalIds).add(event.data.reversalId),
      };
    case 'relief.bank-lines.unmatched':
      return state;
  }
};

/** The household's latest payment attempt, if any. */
export const currentPayment = (household: HouseholdRecord): PaymentAttempt | undefined => {
  let last: PaymentAttempt | undefined;
  for (const attempt of household.payments.values()) last = attempt;
  return last;
};

export type { PayeeMethod };
