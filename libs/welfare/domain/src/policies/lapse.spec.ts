import { Money } from '@kongthun/kernel';
import { arrearsAmount, firstUnpaidMonth, lapseDate, lapsedByRule, missedMonths } from './lapse';

describe('lapse for missed contributions', () => {
  const paidJanuary = { enrolledOn: '2023-01-10', paidThrough: '2023-01' };

  it('the enrolment month is the first month due', () => {
    expect(firstUnpaidMonth({ enrolledOn: '2023-01-10', paidThrough: null })).toBe('2023-01');
    expect(firstUnpaidMonth(paidJanuary)).toBe('2023-02');
  });

  it('the current month is not missed yet', () => {
    expect(missedMonths(paidJanuary, '2023-02-28')).toBe(0);
    expect(missedMonths(paidJanuary, '2023-03-01')).toBe(1);
  });

  it('a member who paid ahead has missed nothing', () => {
    expect(missedMonths({ enrolledOn: '2023-01-10', paidThrough: '2023-12' }, '2023-06-15')).toBe(0);
  });

  it('with a 3-month rule, unpaid February to April lapses on 1 May, not on 30 April', () => {
    expect(lapseDate(paidJanuary, 3)).toBe('2023-05-01');
    expect(lapsedByRule(paidJanuary, 3, '2023-04-30')).toBe(false);
    expect(lapsedByRule(paidJanuary, 3, '2023-05-01')).toBe(true);
  });

  it('counts across the new year', () => {
    expect(missedMonths({ enrolledOn: '2022-10-01', paidThrough: '2022-11' }, '2023-02-01')).toBe(2);
    expect(lapseDate({ enrolledOn: '2022-10-01', paidThrough: '2022-11' }, 3)).toBe('2023-03-01');
  });

  it('values arrears at the monthly amount', () => {
    expect(arrearsAmount(paidJanuary, Money.ofBaht(30), '2023-04-15').toJSON()).toBe('60.00');
  });
});
