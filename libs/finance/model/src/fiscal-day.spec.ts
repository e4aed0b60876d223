import { fiscalYearOf, formatThaiDate } from '@kongthun/kernel';
import { fiscalYearOfDay, monthOfDay, thaiDay, thaiMonth } from './fiscal-day';

const daysOf = (year: number): string[] => {
  const days: string[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
};

describe('contract days in the Thai calendar', () => {
  it('a day is in the fiscal year the kernel gives its Bangkok date, every day of a leap year', () => {
    for (const day of daysOf(2024)) expect(fiscalYearOfDay(day)).toBe(fiscalYearOf(`${day}T12:00:00+07:00`));
  });

  it('FY 2566 runs from 1 October 2022 to 30 September 2023', () => {
    expect(fiscalYearOfDay('2022-09-30')).toBe(2565);
    expect(fiscalYearOfDay('2022-10-01')).toBe(2566);
    expect(fiscalYearOfDay('2023-09-30')).toBe(2566);
    expect(monthOfDay('2023-09-30')).toBe('2023-09');
  });

  it('a day prints as the kernel prints it in the medium Thai style, in the Buddhist Era, every day of a year', () => {
    for (const day of daysOf(2023)) expect(thaiDay(day)).toBe(formatThaiDate(`${day}T12:00:00+07:00`, { style: 'medium' }));
    expect(thaiDay('2023-03-15')).toBe('15 มี.ค. 2566');
    expect(thaiMonth('2022-10')).toBe('ตุลาคม 2565');
  });
});
