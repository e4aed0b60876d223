import { addDays, CalendarDate, isBefore } from '@kongthun/kernel';

/**
 * The waiting period (ระยะเวลารอคอยสิทธิ์) is the first `waitingPeriodDays` days of membership,
 * the enrolment day being day 1. A member enrolled on 1 January with 180 days' waiting may claim
 * for an event from 30 June (1 January + 180 days), not for one on 29 June.
 */
export const firstEligibleDay = (enrolledOn: CalendarDate, waitingPeriodDays: number): CalendarDate =>
  addDays(enrolledOn, waitingPeriodDays);

export const waitingPeriodPassed = (enrolledOn: CalendarDate, waitingPeriodDays: number, eventDate: CalendarDate): boolean =>
  !isBefore(eventDate, firstEligibleDay(enrolledOn, waitingPeriodDays));
