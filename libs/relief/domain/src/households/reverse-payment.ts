import { dateOfInstant } from '@kongthun/kernel';
import { refuse, requireText } from '../refusals';
import { ReversePayment } from './household.commands';
import { PaymentReversed } from './household.events';
import { HouseholdBucketState } from './household.state';

/**
 * A paid transfer recorded in error (wrong household, wrong amount) is undone by a reversal,
 * never an edit; the household may then be paid again under a new attempt.
 */
export const reversePayment = ({ data, metadata }: ReversePayment, state: HouseholdBucketState): PaymentReversed[] => {
  if (state.reversalIds.has(data.reversalId))
    throw refuse('relief.reversal-duplicate', 'This reversal is recorded', 'บันทึกการกลับรายการนี้แล้ว', { reversalId: data.reversalId });
  const householdId = state.references.get(data.reference);
  const attempt = householdId === undefined ? undefined : state.households.get(householdId)?.payments.get(data.reference);
  if (householdId === undefined || attempt === undefined)
    throw refuse('relief.payment-not-found', `No payment ${data.reference}`, 'ไม่พบรายการจ่ายเงิน', { reference: data.reference });
  if (attempt.status !== 'paid')
    throw refuse(
      'relief.payment-not-paid',
      `Payment ${data.reference} is ${attempt.status}, not paid`,
      'รายการนี้ยังไม่ได้จ่ายหรือถูกกลับรายการแล้ว',
      { status: attempt.status },
    );
  return [
    {
      type: 'relief.payment.reversed',
      data: {
        declarationId: data.zone.declarationId,
        bucket: data.bucket,
        householdId,
        reference: data.reference,
        reversalId: requireText(data.reversalId, 'relief.reversal-id-required', 'A reversal id', 'รหัสการกลับรายการ'),
        amount: attempt.amount,
        reason: requireText(data.reason, 'relief.reason-required', 'A reason', 'เหตุผล'),
        reversedOn: dateOfInstant(metadata.now),
        entitlements: attempt.entitlements,
      },
    },
  ];
};
