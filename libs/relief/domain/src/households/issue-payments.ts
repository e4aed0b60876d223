import { dateOfInstant } from '@kongthun/kernel';
import { paymentReference } from './household-buckets';
import { IssuePayments } from './household.commands';
import { PaymentLine, PaymentsIssued } from './household.events';
import { HouseholdBucketState, PaymentAttempt } from './household.state';
import { paymentEligibility } from './payment-eligibility';

/**
 * Claims this bucket's applicable households for the run, each under its next attempt's
 * deterministic reference. Households already issued in this run are not issued again: exporting
 * the file twice, or a job retried after a crash, yields the same lines and no new payment.
 */
export const issuePayments = ({ data, metadata }: IssuePayments, state: HouseholdBucketState): PaymentsIssued[] => {
  const issuedOn = dateOfInstant(metadata.now);
  const payments: PaymentLine[] = [];
  for (const household of state.households.values()) {
    const eligibility = paymentEligibility(data.zone, household, data.run.method, issuedOn, data.run.runId);
    if (!eligibility.applicable) continue;
    const householdId = household.registration.householdId;
    const reference = paymentReference(data.zone.declarationId, householdId, data.bucket, eligibility.attempt);
    if (household.payments.get(reference)?.status === 'issued') continue;
    payments.push({
      householdId,
      reference,
      attempt: eligibility.attempt,
      amount: eligibility.amount.toDecimalString(),
      entitlements: household.entitlements.map(({ entitlementId, item, amount }) => ({ entitlementId, item, amount })),
    });
  }
  if (payments.length === 0) return [];
  return [
    {
      type: 'relief.payments.issued',
      data: {
        declarationId: data.zone.declarationId,
        bucket: data.bucket,
        runId: data.run.runId,
        method: data.run.method,
        issuedOn,
        approverIds: data.run.approverIds,
        payments,
      },
    },
  ];
};

/** Every payment of a run in this bucket, whatever its outcome: the lines of its bank file. */
export const paymentsOfRun = (state: HouseholdBucketState, runId: string): PaymentAttempt[] => {
  const lines: PaymentAttempt[] = [];
  for (const household of state.households.values())
    for (const attempt of household.payments.values()) if (attempt.runId === runId) lines.push(attempt);
  return lines;
};
