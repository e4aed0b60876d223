import { Money } from '@kongthun/kernel';
import { AttemptFacts, HouseholdFacts, RunPaymentsDocument } from './relief-read-models';

/** Per run, per status: how many payments and how much one event moves in or out. */
export type RunPaymentsDelta = Map<string, Map<AttemptFacts['status'], { count: number; amount: Money }>>;

const move = (delta: RunPaymentsDelta, attempt: AttemptFacts, sign: 1 | -1) => {
  let run = delta.get(attempt.runId);
  if (run === undefined) delta.set(attempt.runId, (run = new Map()));
  const row = run.get(attempt.status) ?? { count: 0, amount: Money.zero };
  const amount = Money.fromJSON(attempt.amount);
  run.set(attempt.status, { count: row.count + sign, amount: sign > 0 ? row.amount.plus(amount) : row.amount.minus(amount) });
};

/** Each attempt whose status changed leaves its old status's count and joins the new one's. */
export const addAttemptChanges = (delta: RunPaymentsDelta, before: HouseholdFacts | null, after: HouseholdFacts): void => {
  for (const attempt of after.attempts) {
    const old = before?.attempts.find((candidate) => candidate.reference === attempt.reference);
    if (old?.status === attempt.status) continue;
    if (old !== undefined) move(delta, old, -1);
    move(delta, attempt, 1);
  }
};

/** The run's evolve: its counts by status; a status whose count falls to none is left out. */
export const nextRunPayments = (
  stored: RunPaymentsDocument | undefined,
  runId: string,
  changes: Map<AttemptFacts['status'], { count: number; amount: Money }>,
): RunPaymentsDocument => {
  const byStatus = { ...(stored?.byStatus ?? {}) };
  for (const [status, change] of changes) {
    const row = byStatus[status] ?? { count: 0, amount: '0.00' };
    const count = row.count + change.count;
    if (count === 0) delete byStatus[status];
    else byStatus[status] = { count, amount: Money.fromJSON(row.amount).plus(change.amount).toDecimalString() };
  }
  return { runId, byStatus };
};
