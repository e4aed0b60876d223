import { BUDDHIST_ERA_OFFSET } from '@kongthun/kernel';

/**
 * Calendar arithmetic on a contract day (`YYYY-MM-DD`, a Bangkok calendar day), without a clock or
 * a time zone: the contract already speaks in Bangkok days, so no instant is involved.
 */

/** The Thai fiscal year (BE, October–September) a day falls in: 2022-10-01 is in FY 2566. */
export const fiscalYearOfDay = (day: string): number => {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return (month >= 10 ? year + 1 : year) + BUDDHIST_ERA_OFFSET;
};

/** The calendar month of a day, ISO `YYYY-MM` (CE): what the API filters and groups by. */
export const monthOfDay = (day: string): string => day.slice(0, 7);

const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const THAI_MONTHS_LONG = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
];

/**
 * A day as Thai documents print it, `15 ม.ค. 2569` (the kernel's `formatThaiDate` medium style).
 * Written out by hand because an export formats a million days and Intl costs microseconds each;
 * `fiscal-day.spec.ts` checks it against the kernel on every day of a year.
 */
export const thaiDay = (day: string): string =>
  `${Number(day.slice(8, 10))} ${THAI_MONTHS_SHORT[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(0, 4)) + BUDDHIST_ERA_OFFSET}`;

/** A month as a heading reads it: `มกราคม 2569`. */
export const thaiMonth = (month: string): string =>
  `${THAI_MONTHS_LONG[Number(month.slice(5, 7)) - 1]} ${Number(month.slice(0, 4)) + BUDDHIST_ERA_OFFSET}`;
