import { bangkokDateOf, bangkokMidnight, InstantInput, toInstant } from './bangkok-time';
import { BUDDHIST_ERA_OFFSET } from './buddhist-era';
import { DomainError } from './domain-error';

/**
 * Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist
 * Era year in which it ends. FY 2566 runs from 1 Oct 2022 to 30 Sep 2023 (CE).
 * Grants, programme budgets and yearly caps are all counted per fiscal year.
 */
export type FiscalYear = number;

const OCTOBER = 10;

/** The fiscal year of the Bangkok calendar date at an instant. */
export const fiscalYearOf = (input: InstantInput): FiscalYear => {
  const { year, month } = bangkokDateOf(toInstant(input));
  return (month >= OCTOBER ? year + 1 : year) + BUDDHIST_ERA_OFFSET;
};

/**
 * The instants a fiscal year spans, half-open: `start` is 1 October 00:00 Bangkok, `end` is the
 * next fiscal year's start. Half-open so that "within the year" is `start <= t < end` with no
 * 23:59:59.999 and no gap or overlap between consecutive years.
 */
export const fiscalYearRange = (fiscalYear: FiscalYear): { start: Date; end: Date } => {
  requireBuddhistEraYear(fiscalYear);
  const endCeYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  return {
    start: bangkokMidnight({ year: endCeYear - 1, month: OCTOBER, day: 1 }),
    end: bangkokMidnight({ year: endCeYear, month: OCTOBER, day: 1 }),
  };
};

// Passing 2023 where 2566 was meant is the likeliest mistake; it would silently mean 1480 CE.
const FIRST_PLAUSIBLE = 2500;
const LAST_PLAUSIBLE = 2800;

const requireBuddhistEraYear = (fiscalYear: number): void => {
  if (!Number.isInteger(fiscalYear) || fiscalYear < FIRST_PLAUSIBLE || fiscalYear > LAST_PLAUSIBLE) {
    throw new DomainError(
      'fiscal-year.out-of-range',
      `Fiscal year ${fiscalYear} is not a Buddhist Era year between ${FIRST_PLAUSIBLE} and ${LAST_PLAUSIBLE} (was a CE year passed?)`,
      { messageTh: `ปีงบประมาณ ${fiscalYear} ต้องเป็นปี พ.ศ.`, details: { fiscalYear } },
    );
  }
};
