import { Money } from '@kongthun/kernel';
import { language } from './i18n/i18n';

/**
 * A calendar day in the Buddhist Era in either language: Thai officials and members read BE
 * years, so the English page shows them too (`27 Nov 2569 BE`).
 */
export const beDate = (isoDay: string | null | undefined): string => {
  if (!isoDay) return '–';
  const day = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return isoDay;
  const locale = language() === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(day);
};

/** The Bangkok day of a recorded instant (`…T17:27:07Z` is the next day in Thailand), as a BE date. */
export const beDateOfInstant = (instant: string | null | undefined): string =>
  instant ? beDate(new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10)) : '–';

/** A month `YYYY-MM` as a Buddhist-Era month. */
export const beMonth = (isoMonth: string | null | undefined): string => {
  if (!isoMonth) return '–';
  const locale = language() === 'th' ? 'th-TH-u-ca-buddhist' : 'en-GB-u-ca-buddhist';
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoMonth}-01T00:00:00Z`));
};

/** Baht with satang and thousands separators, from the API's decimal string. */
export const baht = (decimal: string | null | undefined): string => (decimal == null ? '–' : Money.parse(decimal).format());

/** The amount in Thai words, as a document writes it, or '' when the figures are not an amount yet. */
export const bahtWords = (figures: string): string => {
  try {
    return Money.parse(figures.replace(/,/g, '').trim()).toThaiWords();
  } catch {
    return '';
  }
};

/** Today in Bangkok, as the API takes days. */
export const todayInBangkok = (): string => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
