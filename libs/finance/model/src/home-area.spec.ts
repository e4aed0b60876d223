import { homeAreaOf } from './home-area';

describe("a unit's home area", () => {
  it('a fund of one subdistrict counts in that subdistrict', () => expect(homeAreaOf(['830101'])).toBe('830101'));
  it('a declaration over two districts of a province counts at the province', () => expect(homeAreaOf(['190101', '190201'])).toBe('19'));
  it('two subdistricts of one district count at the district', () => expect(homeAreaOf(['190101', '190102'])).toBe('1901'));
  it('a unit declared for a whole province counts at the province, even beside its subdistricts', () =>
    expect(homeAreaOf(['19', '190101'])).toBe('19'));
  it('areas in two provinces have no home: only unscoped readers see that money', () => expect(homeAreaOf(['19', '83'])).toBeNull());
  it('a village code counts at its subdistrict', () => expect(homeAreaOf(['83010101'])).toBe('830101'));
});
