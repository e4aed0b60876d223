/**
 * The auditor's own day arithmetic over contract days (`YYYY-MM-DD`, Bangkok calendar days),
 * written apart from any programme's so that a bug there is not repeated here.
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (proleptic Gregorian); day differences are exact, no time zone enters. */
export const dayNumber = (day: string): number => {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The Thai fiscal year (ปีงบประมาณ) a day falls in, Common Era numbering: October opens the next year. */
export const thaiFiscalYearOf = (day: string): number => {
  const [year, month] = day.split('-').map(Number);
  return month >= 10 ? year + 1 : year;
};

/** The year a yearly cap counts in: the calendar year, or the Thai fiscal year (October–September). */
export const capYearOf = (day: string, basis: 'calendar' | 'fiscal'): number =>
  basis === 'calendar' ? Number(day.slice(0, 4)) : thaiFiscalYearOf(day);

/** Whether `day` lies in `[from, until]`, an open end being null. */
export const withinPeriod = (day: string, from: string, until: string | null): boolean => day >= from && (until === null || day <= until);
