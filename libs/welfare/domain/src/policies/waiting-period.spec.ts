import { firstEligibleDay, waitingPeriodPassed } from './waiting-period';

describe('waiting period', () => {
  it('counts the enrolment day as day 1, so 180 days from 1 January ends on 29 June', () => {
    expect(firstEligibleDay('2023-01-01', 180)).toBe('2023-06-30');
  });

  it('refuses an event on the last day of the waiting period', () => {
    expect(waitingPeriodPassed('2023-01-01', 180, '2023-06-29')).toBe(false);
  });

  it('accepts an event one day after the waiting period ends', () => {
    expect(waitingPeriodPassed('2023-01-01', 180, '2023-06-30')).toBe(true);
  });

  it('counts a leap day: 365 days from 1 March 2023 ends on 28 February 2024', () => {
    expect(firstEligibleDay('2023-03-01', 365)).toBe('2024-02-29');
  });

  it('with no waiting period covers the enrolment day itself', () => {
    expect(waitingPeriodPassed('2023-01-01', 0, '2023-01-01')).toBe(true);
  });
});
