import { areaLevelBelow, areaTrail, financeHref, programmeLevelBelow } from './finance-drill';

describe('drilling down the provincial books', () => {
  it('goes from all areas to provinces, a province to its districts, a district to its subdistricts', () => {
    expect(areaLevelBelow(undefined)).toBe('province');
    expect(areaLevelBelow('19')).toBe('district');
    expect(areaLevelBelow('1904')).toBe('subdistrict');
  });

  it('stops at the subdistrict: a subdistrict is still shown by subdistrict', () => {
    expect(areaLevelBelow('190401')).toBe('subdistrict');
  });

  it('goes from programmes to the chosen programme’s fiscal years', () => {
    expect(programmeLevelBelow(undefined)).toBe('programme');
    expect(programmeLevelBelow('grants')).toBe('fiscalYear');
  });

  it('the breadcrumb of a subdistrict names its province and district', () => {
    expect(areaTrail('190401')).toEqual(['19', '1904', '190401']);
    expect(areaTrail(undefined)).toEqual([]);
  });

  it('a drill link keeps the filter and leaves out what is empty', () => {
    expect(financeHref({ area: '1904', programme: 'grants', fiscalYear: undefined })).toBe('#/finance?area=1904&programme=grants');
    expect(financeHref({})).toBe('#/finance');
  });
});
