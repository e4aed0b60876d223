import { Money } from '@kongthun/kernel';
import { claimedInCapYear, remainingUnderCap, withinYearlyCap } from './yearly-cap';

const baht = (n: number): Money => Money.ofBaht(n);

describe('yearly cap', () => {
  const claims = [
    { eventDate: '2023-02-10', amount: baht(800) },
    { eventDate: '2023-11-05', amount: baht(600) },
    { eventDate: '2022-12-31', amount: baht(1_000) },
  ];

  it('sums only the claims of the same calendar year', () => {
    expect(claimedInCapYear(claims, '2023-06-01', 'calendar').toJSON()).toBe('1400.00');
  });

  it('by fiscal year, October starts the next year: FY 2566 is Oct 2022 – Sep 2023', () => {
    expect(claimedInCapYear(claims, '2023-06-01', 'fiscal').toJSON()).toBe('1800.00');
    expect(claimedInCapYear(claims, '2023-10-01', 'fiscal').toJSON()).toBe('600.00');
  });

  it('allows a claim that reaches the cap exactly', () => {
    expect(withinYearlyCap(baht(2_000), baht(1_400), baht(600))).toBe(true);
  });

  it('refuses a claim one satang over the cap', () => {
    expect(withinYearlyCap(baht(2_000), baht(1_400), Money.parse('600.01'))).toBe(false);
  });

  it('has no limit when the benefit has no cap', () => {
    expect(withinYearlyCap(null, baht(1_000_000), baht(1))).toBe(true);
    expect(remainingUnderCap(null, baht(5))).toBeNull();
  });

  it('reports what is left, never less than zero', () => {
    expect(remainingUnderCap(baht(2_000), baht(1_400))?.toJSON()).toBe('600.00');
    expect(remainingUnderCap(baht(2_000), baht(2_500))?.toJSON()).toBe('0.00');
  });
});
