import { dateOfInstant, Money } from '@kongthun/kernel';
import { RecordBankResults } from './household.commands';
import {
  BankLinesUnmatched,
  PayeeMethod,
  HouseholdBucketEvent,
  PaymentsFailed,
  PaymentsReturned,
  PaymentsSettled,
  UnmatchedOutcome,
} from './household.events';
import { HouseholdBucketState, PaymentStatus } from './household.state';

/** What reconciliation made of each line: the counts a result import reports. */
export type LineOutcome = 'paid' | 'failed' | 'returned' | UnmatchedOutcome;

/** Which outcome a line may move a payment to, from which status. */
const MOVES: Record<'paid' | 'failed' | 'returned', PaymentStatus> = { paid: 'issued', failed: 'issued', returned: 'paid' };

/**
 * Matches each line by reference and amount: a reference we never issued, in this run, is
 * unknown; an amount unlike the issued one changes nothing; a line for a payment already in that
 * outcome (the same file imported twice, a line repeated) is a duplicate. Only lines that move an
 * issued payment to paid or failed, or a paid one to returned, change anything.
 */
export const recordBankResults = ({ data, metadata }: RecordBankResults, state: HouseholdBucketState): HouseholdBucketEvent[] => {
  const day = dateOfInstant(metadata.now);
  const { declarationId } = data.zone;
  const bucket = data.bucket;
  const settled: PaymentsSettled['data']['payments'] = [];
  const failed: PaymentsFailed['data']['payments'] = [];
  const returned: PaymentsReturned['data']['payments'] = [];
  const unmatched: BankLinesUnmatched['data']['lines'] = [];
  const moved = new Set<string>();
  let paidOn = '';
  let method: PayeeMethod = 'bank-transfer';
  let approverIds: string[] = [];
  for (const line of data.lines) {
    const householdId = state.references.get(line.reference);
    const household = householdId === undefined ? undefined : state.households.get(householdId);
    const attempt = household?.payments.get(line.reference);
    if (household === undefined || attempt === undefined || attempt.runId !== data.runId) {
      unmatched.push({ lineNo: line.lineNo, reference: line.reference, amount: line.amount, outcome: 'unknown-reference' });
      continue;
    }
    if (!Money.fromJSON(line.amount).equals(Money.fromJSON(attempt.amount))) {
      unmatched.push({ lineNo: line.lineNo, reference: line.reference, amount: line.amount, outcome: 'amount-mismatch' });
      continue;
    }
    const outcome = line.outcome === 'credited-back' ? (attempt.status === 'paid' ? 'returned' : 'failed') : line.outcome;
    if (moved.has(line.reference) || attempt.status !== MOVES[outcome]) {
      unmatched.push({ lineNo: line.lineNo, reference: line.reference, amount: line.amount, outcome: 'duplicate-line' });
      continue;
    }
    moved.add(line.reference);
    const { householdId: id, reference, amount, entitlements } = attempt;
    if (outcome === 'paid') {
      const { registration } = household;
      paidOn = line.valueDate > paidOn ? line.valueDate : paidOn;
      settled.push({
        householdId: id,
        reference,
        attempt: attempt.attempt,
        amount,
        entitlements,
        villageCode: registration.villageCode,
        headCitizenIdHash: registration.head.citizenIdHash,
        accountHash: registration.accountHash,
        certifierIdHash: registration.certifiedBy.certifierIdHash,
      });
      method = attempt.method;
      approverIds = attempt.approverIds;
    } else if (outcome === 'failed') failed.push({ householdId: id, reference, amount, reason: line.reason });
    else returned.push({ householdId: id, reference, amount, reason: line.reason, entitlements });
  }
  const events: HouseholdBucketEvent[] = [];
  if (settled.length > 0)
    events.push({
      type: 'relief.payments.settled',
      data: {
        declarationId,
        bucket,
        runId: data.runId,
        method,
        paidOn: paidOn || day,
        disasterDate: data.zone.disasterDate,
        approverIds,
        payments: settled,
      },
    });
  if (failed.length > 0)
    events.push({ type: 'relief.payments.failed', data: { declarationId, bucket, runId: data.runId, failedOn: day, payments: failed } });
  if (returned.length > 0)
    events.push({ type: 'relief.payments.returned', data: { declarationId, bucket, returnedOn: day, payments: returned } });
  if (unmatched.length > 0)
    events.push({ type: 'relief.bank-lines.unmatched', data: { declarationId, bucket, runId: data.runId, lines: unmatched } });
  return events;
};

/** Counts of line outcomes in the events a result import appended. */
export const countOutcomes = (events: readonly HouseholdBucketEvent[]): Record<LineOutcome, number> => {
  const counts: Record<LineOutcome, number> = {
    paid: 0,
    failed: 0,
    returned: 0,
    'unknown-reference': 0,
    'amount-mismatch': 0,
    'duplicate-line': 0,
  };
  for (const event of events) {
    if (event.type === 'relief.payments.settled') counts.paid += event.data.payments.length;
    if (event.type === 'relief.payments.failed') counts.failed += event.data.payments.length;
    if (event.type === 'relief.payments.returned') counts.returned += event.data.payments.length;
    if (event.type === 'relief.bank-lines.unmatched') for (const line of event.data.lines) counts[line.outcome] += 1;
  }
  return counts;
};
