import { CalendarDate, ContributionMonth, firstDayOf, monthIndex, monthOf, monthOfIndex } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';

/** Where a member stands with contributions: enrolled when, paid through which month. */
export interface ContributionStanding {
  enrolledOn: CalendarDate;
  paidThrough: ContributionMonth | null;
}

/** The first month not yet paid for; the enrolment month is the first month due. */
export const firstUnpaidMonth = (standing: ContributionStanding): ContributionMonth =>
  standing.paidThrough === null ? monthOf(standing.enrolledOn) : monthOfIndex(monthIndex(standing.paidThrough) + 1);

/**
 * Months that ended unpaid by `onDate` (เดือนที่ขาดส่ง): from the first unpaid month up to, not
 * including, the month of `onDate`, since the current month can still be paid.
 */
export const missedMonths = (standing: ContributionStanding, onDate: CalendarDate): number =>
  Math.max(0, monthIndex(monthOf(onDate)) - monthIndex(firstUnpaidMonth(standing)));

/**
 * The day the lapse rule ends the membership (พ้นสภาพเพราะขาดส่ง): the first day of the month after
 * the `missedMonthsRule`-th missed month. Unpaid February, March and April with a 3-month rule
 * lapse on 1 May; on 30 April the member is still active.
 */
export const lapseDate = (standing: ContributionStanding, missedMonthsRule: number): CalendarDate =>
  firstDayOf(monthOfIndex(monthIndex(firstUnpaidMonth(standing)) + missedMonthsRule));

export const lapsedByRule = (standing: ContributionStanding, missedMonthsRule: number, onDate: CalendarDate): boolean =>
  missedMonths(standing, onDate) >= missedMonthsRule;

/** Arrears (เงินค้างส่ง), valued at the plan's monthly amount. */
export const arrearsAmount = (standing: ContributionStanding, monthlyAmount: Money, onDate: CalendarDate): Money =>
  monthlyAmount.times(missedMonths(standing, onDate));
