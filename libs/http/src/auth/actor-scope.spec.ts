import { isDomainError } from '@kongthun/kernel';
import { areaPrefixesOf, assertAreasInScope, assertFundInScope, AuthenticatedActor, seesAnyArea } from './actor';

const auditor = (scope: AuthenticatedActor['scope']): AuthenticatedActor => ({ userId: 'a', role: 'auditor', scope });
const refusal = (work: () => void): unknown => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error;
  }
};

describe('scoping by area code', () => {
  it('a province, district or subdistrict prefix sees the areas under it and nothing else', () => {
    expect(seesAnyArea(auditor({ areas: ['19'] }), ['190101'])).toBe(true);
    expect(seesAnyArea(auditor({ areas: ['19'] }), ['830101'])).toBe(false);
    expect(seesAnyArea(auditor({ areas: ['1901'] }), ['190201'])).toBe(false);
    expect(seesAnyArea(auditor({ areas: ['190101'] }), ['190101'])).toBe(true);
    // A unit declared for a whole province is wider than one subdistrict's auditor.
    expect(seesAnyArea(auditor({ areas: ['190101'] }), ['19'])).toBe(false);
    expect(seesAnyArea(auditor({ province: '83' }), ['830101', '190101'])).toBe(true);
  });

  it('nothing whose area is unknown is seen by a scoped auditor; an admin and a national auditor see everything', () => {
    expect(seesAnyArea(auditor({ areas: ['19'] }), [])).toBe(false);
    expect(seesAnyArea(auditor({ national: true }), [])).toBe(true);
    expect(seesAnyArea({ userId: 'root', role: 'admin', scope: {} }, [])).toBe(true);
    expect(areaPrefixesOf({ userId: 't', role: 'treasurer', scope: { national: true } })).toEqual([]);
  });

  it('a malformed prefix in a token grants nothing, an empty one least of all', () => {
    expect(areaPrefixesOf(auditor({ areas: ['', '1', '19x', '19', 83 as unknown as string] }))).toEqual(['19']);
    expect(seesAnyArea(auditor({ areas: [''] }), ['830101'])).toBe(false);
  });

  it('out of scope is refused as auth.out-of-scope, in English and Thai', () => {
    const error = refusal(() => assertAreasInScope(auditor({ areas: ['19'] }), ['830101'], 'unit welfare/talat-yai'));
    expect(isDomainError(error) && error.code).toBe('auth.out-of-scope');
    expect(error).toMatchObject({ messageTh: expect.any(String) });
    expect(refusal(() => assertAreasInScope(auditor({ areas: ['83'] }), ['830101'], 'x'))).toBeUndefined();
  });

  it('a fund is in scope by its id, its province or an area prefix', () => {
    const fund = { fundId: 'talat-yai', areaCode: '830101' };
    expect(refusal(() => assertFundInScope(auditor({ areas: ['8301'] }), fund))).toBeUndefined();
    expect(refusal(() => assertFundInScope(auditor({ province: '83' }), fund))).toBeUndefined();
    expect(refusal(() => assertFundInScope({ userId: 't', role: 'treasurer', scope: { funds: ['talat-yai'] } }, fund))).toBeUndefined();
    expect(isDomainError(refusal(() => assertFundInScope(auditor({ areas: ['19'] }), fund)))).toBe(true);
  });
});
