import { buddhistEraYearOf, formatThaiDate, toBuddhistEraYear, toCommonEraYear } from './buddhist-era';
import type { ThaiDateStyle } from './buddhist-era';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('Buddhist Era years', () => {
  it('is the Common Era year plus 543', () => {
    expect(toBuddhistEraYear(2022)).toBe(2565);
    expect(toCommonEraYear(2566)).toBe(2023);
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => toBuddhistEraYear(2022.5)).toThrow(refusal('date.invalid-year'));
    expect(() => toCommonEraYear(NaN)).toThrow(refusal('date.invalid-year'));
  });

  it('takes the year from the Bangkok date, so New Year comes at 17:00 UTC on 31 December', () => {
    expect(buddhistEraYearOf('2022-12-31T16:59:59Z')).toBe(2565);
    expect(buddhistEraYearOf('2022-12-31T17:00:00Z')).toBe(2566);
  });
});

describe('Thai dates', () => {
  it('formats in Thai with the Buddhist Era year: 26 Aug 2019 is 26 สิงหาคม 2562', () => {
    expect(formatThaiDate('2019-08-26T03:00:00Z')).toBe('26 สิงหาคม 2562');
  });

  it('uses the Bangkok date: a payment at 2022-09-30T18:00Z is dated 1 ตุลาคม 2565', () => {
    expect(formatThaiDate('2022-09-30T18:00:00Z')).toBe('1 ตุลาคม 2565');
    expect(formatThaiDate(new Date('2022-09-30T16:59:59Z'))).toBe('30 กันยายน 2565');
  });

  it.each([
    ['long', '1 ตุลาคม 2565'],
    ['medium', '1 ต.ค. 2565'],
    ['full', 'วันเสาร์ที่ 1 ตุลาคม พ.ศ. 2565'],
  ])('writes the %s style with a four-digit year: %s', (style, text) => {
    expect(formatThaiDate('2022-09-30T18:00:00Z', { style: style as ThaiDateStyle })).toBe(text);
  });

  it('writes Thai numerals for official letters', () => {
    expect(formatThaiDate('2023-03-15', { thaiDigits: true })).toBe('๑๕ มีนาคม ๒๕๖๖');
  });

  it('refuses the short style, whose two-digit year could be BE or CE', () => {
    expect(() => formatThaiDate('2022-10-01', { style: 'short' as ThaiDateStyle })).toThrow(refusal('date.style-unsupported'));
  });
});
