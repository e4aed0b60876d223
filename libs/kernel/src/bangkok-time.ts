import { DomainError } from './domain-error';

/**
 * Thailand time (เวลาประเทศไทย, Asia/Bangkok): UTC+7 all year, no daylight saving since 1920.
 *
 * Calendar questions (which day, which month, which fiscal year) are answered on this clock,
 * because a payment at 2022-09-30T18:00Z happened on 1 October for everyone involved.
 * A fixed offset keeps those answers independent of the host's time zone and ICU data.
 */
export const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant as a Date, or an ISO 8601 string with `Z` or an offset, or a date-only `YYYY-MM-DD`. */
export type InstantInput = Date | string;

/** A calendar date in Bangkok, Common Era year, month 1–12. */
export interface BangkokDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant. A date-only string is that calendar date in Bangkok (its midnight); a
 * date-time without `Z` or an offset is refused, since it could be any of 24 instants.
 * Refuses with `date.malformed` or `date.invalid`.
 */
export const toInstant = (input: InstantInput): Date => {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw invalid(String(input));
    return new Date(input.getTime());
  }
  const dateOnly = DATE_ONLY.exec(input);
  if (dateOnly !== null) {
    const [year, month, day] = dateOnly.slice(1).map(Number);
    return bangkokMidnight({ year, month, day });
  }
  const dateTime = DATE_TIME.exec(input);
  if (dateTime === null) {
    throw new DomainError('date.malformed', `"${input}" is not an ISO 8601 instant with a time zone`, {
      messageTh: `"${input}" ไม่ใช่รูปแบบวันเวลาที่ระบุเขตเวลา`,
      details: { input },
    });
  }
  const [year, month, day] = dateTime.slice(1).map(Number);
  // V8 reads 2022-02-30T10:00Z as 2 March; check the written date exists before trusting it.
  bangkokMidnight({ year, month, day });
  const instant = new Date(input);
  if (Number.isNaN(instant.getTime())) throw invalid(input);
  return instant;
};

/** The calendar date in Bangkok at an instant. */
export const bangkokDateOf = (instant: Date): BangkokDate => {
  const shifted = new Date(instant.getTime() + BANGKOK_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};

/** The instant a Bangkok calendar date begins; refuses dates that do not exist (`date.invalid`). */
export const bangkokMidnight = (date: BangkokDate): Date => {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  // Date rolls 30 February over into March; a date that changed on the way in never existed.
  if (utc.getUTCFullYear() !== date.year || utc.getUTCMonth() !== date.month - 1 || utc.getUTCDate() !== date.day) {
    throw invalid(`${date.year}-${date.month}-${date.day}`);
  }
  return new Date(utc.getTime() - BANGKOK_OFFSET_MS);
};

const invalid = (input: string): DomainError =>
  new DomainError('date.invalid', `"${input}" is not a real date`, {
    messageTh: `"${input}" ไม่ใช่วันที่ที่มีอยู่จริง`,
    details: { input },
  });
