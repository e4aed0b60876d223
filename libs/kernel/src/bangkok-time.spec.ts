import { bangkokDateOf, bangkokMidnight, toInstant } from './bangkok-time';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('Bangkok calendar dates', () => {
  it('puts 2022-09-30T18:00Z on 1 October in Bangkok, seven hours ahead', () => {
    expect(bangkokDateOf(new Date('2022-09-30T18:00:00Z'))).toEqual({ year: 2022, month: 10, day: 1 });
    expect(bangkokDateOf(new Date('2022-09-30T16:59:59.999Z'))).toEqual({ year: 2022, month: 9, day: 30 });
  });

  it('starts a Bangkok day at 17:00 UTC the day before', () => {
    expect(bangkokMidnight({ year: 2022, month: 10, day: 1 }).toISOString()).toBe('2022-09-30T17:00:00.000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(() => bangkokMidnight({ year: 2023, month: 2, day: 29 })).toThrow(refusal('date.invalid'));
    expect(bangkokMidnight({ year: 2024, month: 2, day: 29 }).toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });
});

describe('reading instants', () => {
  it.each([
    ['2022-09-30T18:00:00Z', '2022-09-30T18:00:00.000Z'],
    ['2022-10-01T01:00:00+07:00', '2022-09-30T18:00:00.000Z'],
    ['2022-10-01T01:00+07:00', '2022-09-30T18:00:00.000Z'],
    ['2022-09-30T18:00:00.123Z', '2022-09-30T18:00:00.123Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(toInstant(text).toISOString()).toBe(iso);
  });

  it('reads a date-only string as that date in Bangkok, not in UTC', () => {
    expect(toInstant('2022-10-01').toISOString()).toBe('2022-09-30T17:00:00.000Z');
  });

  it('copies a Date, so later changes to the caller’s Date do not reach it', () => {
    const date = new Date('2022-09-30T18:00:00Z');
    const instant = toInstant(date);
    date.setUTCFullYear(2000);

    expect(instant.toISOString()).toBe('2022-09-30T18:00:00.000Z');
  });

  it.each([
    ['2022-10-01T10:00:00', 'date.malformed'],
    ['2022-10-01 10:00:00Z', 'date.malformed'],
    ['1 Oct 2022', 'date.malformed'],
    ['', 'date.malformed'],
    ['2022-02-30T10:00:00Z', 'date.invalid'],
    ['2022-02-30', 'date.invalid'],
    ['2022-13-01T00:00:00Z', 'date.invalid'],
    ['2022-10-01T25:00:00Z', 'date.invalid'],
  ])('refuses "%s" with %s', (text, code) => {
    expect(() => toInstant(text)).toThrow(refusal(code));
  });

  it('refuses an Invalid Date', () => {
    expect(() => toInstant(new Date('nope'))).toThrow(refusal('date.invalid'));
  });
});
