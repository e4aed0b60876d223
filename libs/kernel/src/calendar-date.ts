import { bangkokDateOf, toInstant } from './bangkok-time';
import { BUDDHIST_ERA_OFFSET } from './buddhist-era';
import { DomainError } from './domain-error';

/**
 * A Bangkok calendar date (วันที่ตามปฏิทิน), ISO `YYYY-MM-DD`, Common Era year.
 * Membership, waiting periods, events a benefit pays for and receipts are dated by the day, not
 * by the instant: a member enrolled "on 1 October" is enrolled on that day for everyone involved.
 */
export type CalendarDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Refuses anything but a real `YYYY-MM-DD` date with `date.malformed` or `date.invalid`. */
export const calendarDate = (text: string, field = 'date'): CalendarDate => {
  if (typeof text !== 'string' || !DATE_ONLY.test(text)) {
    throw new DomainError('date.malformed', `${field} "${String(text)}" is not a date like 2023-01-31`, {
      messageTh: `วันที่ "${String(text)}" ไม่อยู่ในรูปแบบ ปปปป-ดด-วว`,
      details: { field, input: String(text) },
    });
  }
  toInstant(text);
  return text;
};

/** The Bangkok date of an instant, such as a command's `metadata.now`. */
export const dateOfInstant = (instant: string): CalendarDate => {
  const { year, month, day } = bangkokDateOf(toInstant(instant));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

/** Days since 1970-01-01, so that date arithmetic is integer arithmetic. */
export const dayNumber = (date: CalendarDate): number => {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

export const addDays = (date: CalendarDate, days: number): CalendarDate => {
  const shifted = new Date((dayNumber(date) + days) * DAY_MS);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
};

/** ISO dates order as strings; this names the intent. */
export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => a < b;

/**
 * The Thai fiscal year (ปีงบประมาณ, BE) a date falls in: October onwards belongs to the next year.
 * The kernel's `fiscalYearOf` answers the same for instants; a calendar date is already a Bangkok
 * day, so this reads the string rather than building a Date on every replayed contribution.
 */
export const fiscalYearOfDate = (date: CalendarDate): number => {
  const year = Number(date.slice(0, 4));
  return (Number(date.slice(5, 7)) >= 10 ? year + 1 : year) + BUDDHIST_ERA_OFFSET;
};

/** The year a yearly cap counts in: the calendar year (CE) or the fiscal year (BE, Oct–Sep). */
export const capYearOf = (date: CalendarDate, basis: 'calendar' | 'fiscal'): number =>
  basis === 'calendar' ? Number(date.slice(0, 4)) : fiscalYearOfDate(date);
