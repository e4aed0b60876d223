import { bangkokDateOf, InstantInput, toInstant } from './bangkok-time';
import { DomainError } from './domain-error';
import { toArabicDigits } from './thai-digits';

/**
 * Buddhist Era (พุทธศักราช, พ.ศ.): the year Thai people and Thai documents use, CE + 543.
 * 2022 CE is พ.ศ. 2565. Since 1941 the Thai year starts on 1 January, so the offset is constant.
 */
export const BUDDHIST_ERA_OFFSET = 543;

export const toBuddhistEraYear = (ceYear: number): number => requireYear(ceYear) + BUDDHIST_ERA_OFFSET;

export const toCommonEraYear = (beYear: number): number => requireYear(beYear) - BUDDHIST_ERA_OFFSET;

/** The Buddhist Era year of the Bangkok calendar date at an instant. */
export const buddhistEraYearOf = (input: InstantInput): number => bangkokDateOf(toInstant(input)).year + BUDDHIST_ERA_OFFSET;

/**
 * `long` 1 ตุลาคม 2565 · `medium` 1 ต.ค. 2565 · `full` วันเสาร์ที่ 1 ตุลาคม พ.ศ. 2565.
 * There is deliberately no short style: it prints 1/10/65, and a two-digit year is ambiguous
 * between BE and CE in exactly the documents auditors read.
 */
export type ThaiDateStyle = 'long' | 'medium' | 'full';

export interface ThaiDateOptions {
  style?: ThaiDateStyle;
  /** Thai numerals (๑ ตุลาคม ๒๕๖๕), as official letters (หนังสือราชการ) use. */
  thaiDigits?: boolean;
}

/**
 * Formats the Bangkok calendar date of an instant in Thai with the Buddhist Era year.
 * Refuses with `date.buddhist-calendar-unavailable` if the runtime's ICU would print anything
 * else, since a Node built with small-icu silently falls back to English and CE years.
 */
export const formatThaiDate = (input: InstantInput, options: ThaiDateOptions = {}): string => {
  const instant = toInstant(input);
  const style = options.style ?? 'long';
  if (!['long', 'medium', 'full'].includes(style)) {
    throw new DomainError('date.style-unsupported', `Date style "${style}" is not allowed`, { details: { style } });
  }
  const locale = `th-TH-u-ca-buddhist-nu-${options.thaiDigits ? 'thai' : 'latn'}`;
  const parts = new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Bangkok', dateStyle: style }).formatToParts(instant);
  const expectedYear = String(bangkokDateOf(instant).year + BUDDHIST_ERA_OFFSET);
  const printedYear = parts.find((part) => part.type === 'year')?.value;
  if (printedYear === undefined || toArabicDigits(printedYear) !== expectedYear) {
    throw new DomainError('date.buddhist-calendar-unavailable', 'This runtime cannot format Buddhist Era dates in Thai', {
      details: { printedYear, expectedYear },
    });
  }
  return parts.map((part) => part.value).join('');
};

const requireYear = (year: number): number => {
  if (!Number.isInteger(year)) {
    throw new DomainError('date.invalid-year', `A year must be a whole number, got ${year}`, { details: { year } });
  }
  return year;
};
