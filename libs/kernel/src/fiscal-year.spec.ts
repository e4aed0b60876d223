import { fiscalYearOf, fiscalYearRange } from './fiscal-year';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('fiscal year of a moment', () => {
  it.each([
    ['2022-09-30T16:59:59.999Z', 2565, 'the last millisecond of 30 Sep 2022 in Bangkok'],
    ['2022-09-30T17:00:00Z', 2566, 'midnight starting 1 Oct 2022 in Bangkok'],
    ['2022-09-30T18:00:00Z', 2566, 'a payment at 01:00 on 1 Oct in Bangkok, still 30 Sep in UTC'],
    ['2022-09-30T23:59:59+07:00', 2565, '30 Sep 23:59:59 written in Bangkok time'],
    ['2022-10-01T00:00:00+07:00', 2566, '1 Oct 00:00 written in Bangkok time'],
    ['2023-03-15T03:00:00Z', 2566, 'the Saraburi hand-over of fiscal-2566 projects'],
    ['2023-09-30T16:59:59.999Z', 2566, 'the last millisecond of FY 2566'],
    ['2023-09-30T17:00:00Z', 2567, 'the first moment of FY 2567'],
    ['2022-12-31T17:00:00Z', 2566, 'New Year inside a fiscal year'],
  ])('%s is in FY %p (%s)', (instant, fiscalYear) => {
    expect(fiscalYearOf(instant)).toBe(fiscalYear);
  });

  it('reads a date-only string as a Bangkok date on both sides of the boundary', () => {
    expect(fiscalYearOf('2022-09-30')).toBe(2565);
    expect(fiscalYearOf('2022-10-01')).toBe(2566);
  });

  it('takes a Date as well as text', () => {
    expect(fiscalYearOf(new Date('2022-09-30T18:00:00Z'))).toBe(2566);
  });
});

describe('fiscal year range', () => {
  it('runs FY 2566 from 1 Oct 2022 to 1 Oct 2023, midnight Bangkok, end excluded', () => {
    const { start, end } = fiscalYearRange(2566);

    expect(start.toISOString()).toBe('2022-09-30T17:00:00.000Z');
    expect(end.toISOString()).toBe('2023-09-30T17:00:00.000Z');
  });

  it('agrees with fiscalYearOf at both edges', () => {
    const { start, end } = fiscalYearRange(2566);

    expect(fiscalYearOf(start)).toBe(2566);
    expect(fiscalYearOf(new Date(start.getTime() - 1))).toBe(2565);
    expect(fiscalYearOf(new Date(end.getTime() - 1))).toBe(2566);
    expect(fiscalYearOf(end)).toBe(2567);
  });

  it('leaves no gap between consecutive years', () => {
    expect(fiscalYearRange(2566).end.getTime()).toBe(fiscalYearRange(2567).start.getTime());
  });

  it.each([2023, 2566.5, 1480, 9999])('refuses %p, which is not a plausible Buddhist Era fiscal year', (year) => {
    expect(() => fiscalYearRange(year)).toThrow(refusal('fiscal-year.out-of-range'));
  });
});
