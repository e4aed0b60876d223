import { CalendarDate, capYearOf } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';

/** A claim already counted against a cap: submitted, approved or paid (not rejected). */
export interface CountedClaim {
  eventDate: CalendarDate;
  amount: Money;
}

/**
 * What a member has already claimed for one benefit in the cap year of `eventDate`. The year is
 * the year the event happened in, by calendar or fiscal year as the rules say. Claims still
 * awaiting approval count, so that two claims entered the same day cannot both slip under the cap.
 */
export const claimedInCapYear = (claims: readonly CountedClaim[], eventDate: CalendarDate, basis: 'calendar' | 'fiscal'): Money => {
  const year = capYearOf(eventDate, basis);
  return Money.sum(claims.filter((claim) => capYearOf(claim.eventDate, basis) === year).map((claim) => claim.amount));
};

/** What is left under the cap (เพดานต่อปี); null when the benefit has no cap. Never negative. */
export const remainingUnderCap = (cap: Money | null, alreadyClaimed: Money): Money | null => {
  if (cap === null) return null;
  const left = cap.minus(alreadyClaimed);
  return left.isNegative() ? Money.zero : left;
};

/** Reaching the cap exactly is allowed; one satang over is not. */
export const withinYearlyCap = (cap: Money | null, alreadyClaimed: Money, amount: Money): boolean =>
  cap === null || !alreadyClaimed.plus(amount).isGreaterThan(cap);
