import { CalendarDate } from './calendar-date';

/**
 * A month a contribution pays for (งวดเดือน), ISO `YYYY-MM`, Common Era year.
 * Arithmetic runs on a month index (year × 12 + month − 1) so that December + 1 is January.
 */
export type ContributionMonth = string;

export const monthIndex = (month: ContributionMonth): number => {
  const [year, m] = month.split('-').map(Number);
  return year * 12 + m - 1;
};

export const monthOfIndex = (index: number): ContributionMonth =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export const monthOf = (date: CalendarDate): ContributionMonth => date.slice(0, 7);

export const addMonths = (month: ContributionMonth, months: number): ContributionMonth => monthOfIndex(monthIndex(month) + months);

/** The first day of a month, e.g. the day a lapse takes effect. */
export const firstDayOf = (month: ContributionMonth): CalendarDate => `${month}-01`;
