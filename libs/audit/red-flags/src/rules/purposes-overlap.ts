import { RedFlagConfig } from '../red-flag-config';

const matches = (entry: string, programme: string, purpose: string): boolean => entry === purpose || entry === `${programme}:${purpose}`;

/** Whether two purposes are one need: equal, or listed together in `duplicatePayment.overlappingPurposes`. */
export const purposesOverlap = (
  a: { programme: string; purpose: string },
  b: { programme: string; purpose: string },
  config: RedFlagConfig,
): boolean =>
  a.purpose === b.purpose ||
  config.duplicatePayment.overlappingPurposes.some(
    (group) =>
      group.some((entry) => matches(entry, a.programme, a.purpose)) && group.some((entry) => matches(entry, b.programme, b.purpose)),
  );

interface Covered {
  eventDate: string | null;
  periodFrom: string | null;
  periodTo: string | null;
}

const inPeriod = (day: string | null, from: string | null, to: string | null): boolean =>
  day !== null && from !== null && to !== null && day >= from && day <= to;

/** Whether two payments cover the same time: the same event day, overlapping periods, or a day inside the other's period. */
export const coversOverlap = (a: Covered, b: Covered): boolean =>
  (a.eventDate !== null && a.eventDate === b.eventDate) ||
  (a.periodFrom !== null &&
    a.periodTo !== null &&
    b.periodFrom !== null &&
    b.periodTo !== null &&
    a.periodFrom <= b.periodTo &&
    b.periodFrom <= a.periodTo) ||
  inPeriod(a.eventDate, b.periodFrom, b.periodTo) ||
  inPeriod(b.eventDate, a.periodFrom, a.periodTo);
