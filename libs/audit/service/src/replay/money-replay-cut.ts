import { MoneyLogEntry } from '@kongthun/audit-store';

/**
 * Where to stop a replay of the money log; every cut given applies, none means the whole log:
 * - `at`: messages the programme recorded at or before this moment (record time, UTC ISO-8601);
 * - `position`: messages the auditor received up to this sequence number of its money log;
 * - `businessDate`: movements that happened on or before this day (`YYYY-MM-DD`, the business date).
 */
export interface MoneyReplayCut {
  at?: string;
  position?: number;
  businessDate?: string;
}

/** A calendar day that exists: `2025-02-29` does not. */
export const isCalendarDay = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** The entries inside the cut, in the order given (arrival order). Refuses a cut that is not one. */
export const moneyUpTo = (entries: readonly MoneyLogEntry[], cut: MoneyReplayCut): MoneyLogEntry[] => {
  const atMillis = cut.at === undefined ? undefined : Date.parse(cut.at);
  if (atMillis !== undefined && Number.isNaN(atMillis)) throw new RangeError(`not a time: ${cut.at}`);
  if (cut.businessDate !== undefined && !isCalendarDay(cut.businessDate)) throw new RangeError(`not a day: ${cut.businessDate}`);
  if (cut.position !== undefined && !(Number.isSafeInteger(cut.position) && cut.position >= 0))
    throw new RangeError(`not a position: ${cut.position}`);
  return entries.filter(
    ({ seq, message }) =>
      (cut.position === undefined || seq <= cut.position) &&
      (atMillis === undefined || Date.parse(message.recordedAt) <= atMillis) &&
      (cut.businessDate === undefined || message.occurredOn <= cut.businessDate),
  );
};
