import { Money } from '@kongthun/kernel';
import { zoneCovers, zoneOpenOn } from '../declaration/declaration.state';
import { ZoneFacts } from './household.commands';
import { PayeeMethod } from './household.events';
import { currentPayment, HouseholdRecord } from './household.state';

/** Why a household is left out of a run (the dry run counts each reason). */
export type NotApplicableReason =
  'not-assessed' | 'already-paid' | 'payment-in-flight' | 'other-method' | 'outside-area' | 'outside-period';

export type Eligibility =
  { applicable: true; amount: Money; attempt: number } | { applicable: false; reason: NotApplicableReason; amount: Money };

const entitled = (household: HouseholdRecord): Money =>
  Money.sum(household.entitlements.map((entitlement) => Money.fromJSON(entitlement.amount)));

/**
 * Whether a run paying by `method` on `day` pays this household, and how much: the rule the dry
 * run counts and the bank-file export applies, so the two cannot disagree. A household whose
 * last attempt failed, was returned or reversed is paid again under its next attempt; one paid
 * or in flight is never included (nothing is paid twice).
 */
export const paymentEligibility = (
  zone: ZoneFacts,
  household: HouseholdRecord,
  method: PayeeMethod,
  day: string,
  runId: string,
): Eligibility => {
  const amount = entitled(household);
  if (household.assessmentId === null || amount.isZero()) return { applicable: false, reason: 'not-assessed', amount };
  const last = currentPayment(household);
  if (last?.status === 'paid') return { applicable: false, reason: 'already-paid', amount };
  if (last?.status === 'issued' && last.runId !== runId) return { applicable: false, reason: 'payment-in-flight', amount };
  if (!zoneCovers(zone, household.registration.villageCode)) return { applicable: false, reason: 'outside-area', amount };
  if (!zoneOpenOn(zone, day)) return { applicable: false, reason: 'outside-period', amount };
  if (household.registration.method !== method) return { applicable: false, reason: 'other-method', amount };
  return { applicable: true, amount, attempt: last?.status === 'issued' ? last.attempt : household.attempts + 1 };
};
