import { Money } from '@kongthun/kernel';
import { capYearOf, daysBetween } from './calendar-days';

/**
 * Welfare's published terms checked with the auditor's own arithmetic, against the shared rule
 * vectors in `@kongthun/welfare-contracts` (which welfare's own policies also pass).
 */

/**
 * The waiting period (ระยะเวลารอคอยสิทธิ์) is the first `waitingPeriodDays` days of membership, the
 * joining day being day 1: an event is covered once at least that many whole days have passed.
 */
export const eligibleAfterWaitingPeriod = (memberSince: string, waitingPeriodDays: number, eventDate: string): boolean =>
  daysBetween(memberSince, eventDate) >= waitingPeriodDays;

export interface CappedClaim {
  eventDate: string;
  amount: Money;
}

/** What was already committed in the cap year of `eventDate` (เพดานต่อปี), by calendar or fiscal year. */
export const committedInCapYear = (earlier: readonly CappedClaim[], eventDate: string, basis: 'calendar' | 'fiscal'): Money => {
  const year = capYearOf(eventDate, basis);
  return Money.sum(earlier.filter((claim) => capYearOf(claim.eventDate, basis) === year).map((claim) => claim.amount));
};

/** Reaching the cap exactly is allowed; one satang over is not. */
export const staysWithinYearlyCap = (
  cap: Money,
  basis: 'calendar' | 'fiscal',
  earlier: readonly CappedClaim[],
  claim: CappedClaim,
): boolean => !committedInCapYear(earlier, claim.eventDate, basis).plus(claim.amount).isGreaterThan(cap);
