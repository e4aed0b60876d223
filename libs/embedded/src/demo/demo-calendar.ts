import { addMonths, CalendarDate, dateOfInstant, fiscalYearOfDate, monthOf } from '@kongthun/welfare-domain';

/**
 * Every date of the demo, counted back from the day it is loaded, so that the demo works in any
 * year: members enrolled 13 months ago pay monthly up to last month, so none has lapsed.
 */
export const demoCalendar = (now: string) => {
  const thisMonth = monthOf(dateOfInstant(now));
  /** Day `day` (1–28) of the month `months` before this one. */
  const monthsAgo = (months: number, day: number): CalendarDate => `${addMonths(thisMonth, -months)}-${String(day).padStart(2, '0')}`;
  return {
    monthsAgo,
    /** The fiscal year (BE) of a date: the year the matching money of the demo is for. */
    fiscalYearOf: fiscalYearOfDate,
    /** Contributions were received on the 15th of each month from enrolment to last month. */
    ENROLMENT_MONTHS_AGO: 13,
  };
};

export type DemoCalendar = ReturnType<typeof demoCalendar>;
