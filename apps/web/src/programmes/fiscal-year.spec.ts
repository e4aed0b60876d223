import { fiscalYearOf } from './fiscal-year';

describe('the Thai fiscal year of a day', () => {
  it('October opens the next BE fiscal year: 1 Oct 2022 is in fiscal 2566', () => {
    expect(fiscalYearOf('2022-10-01')).toBe(2566);
  });

  it('September closes it: 30 Sep 2023 is still in fiscal 2566', () => {
    expect(fiscalYearOf('2023-09-30')).toBe(2566);
  });
});
