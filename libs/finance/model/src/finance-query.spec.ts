import { isDomainError } from '@kongthun/kernel';
import { assertAreaWithinScope, financeFilterOf, groupByOf } from './finance-query';

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a domain error';
  }
};

describe('reading a finance filter', () => {
  it('reads every filter', () => {
    expect(
      financeFilterOf({ area: '1901', programme: 'grants', unitId: 'p-1', fiscalYear: '2566', monthFrom: '2022-10', monthTo: '2023-03' }),
    ).toEqual({ area: '1901', programme: 'grants', unitId: 'p-1', fiscalYear: 2566, monthFrom: '2022-10', monthTo: '2023-03' });
  });

  it.each([
    [{ area: '1' }],
    [{ area: '19x' }],
    [{ area: '12345' }],
    [{ programme: 'Grants' }],
    [{ unitId: '' }],
    [{ fiscalYear: '2023' }],
    [{ fiscalYear: '25x6' }],
    [{ monthFrom: '2023-13' }],
    [{ monthTo: '2023-3' }],
    [{ monthFrom: '2023-04', monthTo: '2023-03' }],
  ])('refuses %j as finance.invalid-filter', (query) => expect(codeOf(() => financeFilterOf(query))).toBe('finance.invalid-filter'));

  it('groups by known distinct dimensions; a unit is grouped with its programme', () => {
    expect(groupByOf('province,fiscalYear')).toEqual(['province', 'fiscalYear']);
    expect(groupByOf('unit')).toEqual(['programme', 'unit']);
    expect(groupByOf(undefined)).toEqual([]);
    expect(codeOf(() => groupByOf('province,province'))).toBe('finance.invalid-group-by');
    expect(codeOf(() => groupByOf('recipient'))).toBe('finance.invalid-group-by');
  });
});

describe('area scope', () => {
  it('a reader scoped to Saraburi may ask about Saraburi and its districts, not Phuket', () => {
    expect(codeOf(() => assertAreaWithinScope(['19'], '19', 'key k'))).toBeUndefined();
    expect(codeOf(() => assertAreaWithinScope(['19'], '1901', 'key k'))).toBeUndefined();
    expect(codeOf(() => assertAreaWithinScope(['19'], undefined, 'key k'))).toBeUndefined();
    expect(codeOf(() => assertAreaWithinScope(['19'], '83', 'key k'))).toBe('auth.out-of-scope');
  });

  it('a district reader may not ask for the whole province; a reader with no area sees nothing', () => {
    expect(codeOf(() => assertAreaWithinScope(['1901'], '19', 'key k'))).toBe('auth.out-of-scope');
    expect(codeOf(() => assertAreaWithinScope([], undefined, 'user u'))).toBe('auth.out-of-scope');
    expect(codeOf(() => assertAreaWithinScope('all', '83', 'admin'))).toBeUndefined();
  });
});
