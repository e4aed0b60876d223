import { fiscalYearOf } from './fiscal-year';
import { addDays, calendarDate, capYearOf, dateOfInstant, dayNumber, fiscalYearOfDate } from './calendar-date';
import { addMonths, monthOf } from './contribution-month';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('calendar dates', () => {
  it('dates an instant by the Bangkok day: 18:00 UTC on 30 September is 1 October in Phuket', () => {
    expect(dateOfInstant('2022-09-30T18:00:00Z')).toBe('2022-10-01');
    expect(dateOfInstant('2022-09-30T16:59:59Z')).toBe('2022-09-30');
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(dayNumber('2023-01-02') - dayNumber('2023-01-01')).toBe(1);
  });

  it('refuses dates that are not YYYY-MM-DD or do not exist', () => {
    expect(() => calendarDate('1/10/2565')).toThrow(refusal('date.malformed'));
    expect(() => calendarDate('2023-02-30')).toThrow(refusal('date.invalid'));
  });

  it.each(['2022-09-30', '2022-10-01', '2023-01-01', '2023-09-30', '2023-10-01', '2023-12-31'])(
    'agrees with the kernel on the fiscal year of %s',
    (date) => {
      expect(fiscalYearOfDate(date)).toBe(fiscalYearOf(date));
    },
  );

  it('names cap years by calendar year (CE) or fiscal year (BE)', () => {
    expect(capYearOf('2023-10-01', 'calendar')).toBe(2023);
    expect(capYearOf('2023-10-01', 'fiscal')).toBe(2567);
  });
});

describe('contribution months', () => {
  it('rolls December over into January', () => {
    expect(addMonths('2022-12', 1)).toBe('2023-01');
    expect(addMonths('2022-10', 11)).toBe('2023-09');
    expect(monthOf('2023-05-31')).toBe('2023-05');
  });
});
