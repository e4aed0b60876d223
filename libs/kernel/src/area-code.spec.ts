import { AreaCode } from './area-code';
import { THAI_PROVINCES } from './thai-provinces';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('AreaCode levels', () => {
  it.each([
    ['10', 'province'],
    ['1001', 'district'],
    ['100101', 'subdistrict'],
    ['83', 'province'],
    ['8301', 'district'],
    ['830101', 'subdistrict'],
  ])('%s is a %s', (code, level) => {
    expect(AreaCode.parse(code).level).toBe(level);
  });

  it('climbs from Talat Yai subdistrict to Mueang Phuket district to Phuket province, and no further', () => {
    const talatYai = AreaCode.parse('830101');

    expect(talatYai.parent()?.code).toBe('8301');
    expect(talatYai.parent()?.parent()?.code).toBe('83');
    expect(talatYai.parent()?.parent()?.parent()).toBeUndefined();
  });

  it('names the province of any code in Thai and English', () => {
    expect(AreaCode.parse('100101').province().code).toBe('10');
    expect(AreaCode.parse('100101').provinceName()).toEqual({ th: 'กรุงเทพมหานคร', en: 'Bangkok' });
    expect(AreaCode.parse('8301').provinceName()).toEqual({ th: 'ภูเก็ต', en: 'Phuket' });
    expect(AreaCode.parse('86').province().code).toBe('86');
  });
});

describe('AreaCode containment', () => {
  const phuket = AreaCode.parse('83');
  const muangPhuket = AreaCode.parse('8301');
  const talatYai = AreaCode.parse('830101');

  it('a subdistrict is within its district, its province and itself', () => {
    expect(talatYai.isWithin(muangPhuket)).toBe(true);
    expect(talatYai.isWithin(phuket)).toBe(true);
    expect(talatYai.isWithin(talatYai)).toBe(true);
  });

  it('a larger area is not within a smaller one inside it', () => {
    expect(phuket.isWithin(muangPhuket)).toBe(false);
    expect(muangPhuket.isWithin(talatYai)).toBe(false);
  });

  it('an area is not within a neighbouring district or another province', () => {
    expect(talatYai.isWithin(AreaCode.parse('8302'))).toBe(false);
    expect(talatYai.isWithin(AreaCode.parse('10'))).toBe(false);
    expect(AreaCode.parse('1001').isWithin(AreaCode.parse('1010'))).toBe(false);
  });

  it('is equal by code and travels in JSON as the bare code', () => {
    expect(AreaCode.parse('๘๓๐๑๐๑').equals(talatYai)).toBe(true);
    expect(JSON.stringify({ area: talatYai })).toBe('{"area":"830101"}');
    expect(String(muangPhuket)).toBe('8301');
  });
});

describe('AreaCode refusals', () => {
  it.each([
    ['', 'area.not-digits'],
    ['8a', 'area.not-digits'],
    ['83-01', 'area.not-digits'],
    ['8', 'area.length'],
    ['830', 'area.length'],
    ['83010', 'area.length'],
    ['83010101', 'area.length'],
    ['09', 'area.province-out-of-range'],
    ['97', 'area.province-out-of-range'],
    ['990101', 'area.province-out-of-range'],
    ['8300', 'area.zero-segment'],
    ['830100', 'area.zero-segment'],
    ['28', 'area.unknown'],
    ['59', 'area.unknown'],
    ['6801', 'area.unknown'],
    ['890101', 'area.unknown'],
  ])('refuses "%s" with %s', (code, errorCode) => {
    expect(() => AreaCode.parse(code)).toThrow(refusal(errorCode));
  });
});

describe('the bundled province list', () => {
  it('holds the 77 provinces, each with a code in 10–96 and names in both languages', () => {
    expect(THAI_PROVINCES.size).toBe(77);
    for (const [code, name] of THAI_PROVINCES) {
      expect(code).toMatch(/^\d{2}$/);
      expect(Number(code)).toBeGreaterThanOrEqual(10);
      expect(Number(code)).toBeLessThanOrEqual(96);
      expect(name.th).toMatch(/^[\u0e00-\u0e7f]+$/);
      expect(name.en).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });

  it.each([
    ['10', 'กรุงเทพมหานคร', 'Bangkok'],
    ['19', 'สระบุรี', 'Saraburi'],
    ['38', 'บึงกาฬ', 'Bueng Kan'],
    ['83', 'ภูเก็ต', 'Phuket'],
    ['86', 'ชุมพร', 'Chumphon'],
    ['96', 'นราธิวาส', 'Narathiwat'],
  ])('has %s as %s (%s)', (code, th, en) => {
    expect(THAI_PROVINCES.get(code)).toEqual({ th, en });
  });

  it('has no two provinces with the same name', () => {
    const names = [...THAI_PROVINCES.values()];
    expect(new Set(names.map((name) => name.th)).size).toBe(77);
    expect(new Set(names.map((name) => name.en)).size).toBe(77);
  });
});
