/**
 * Where a unit's own money (money in, commitments) is counted when a message names no area: the
 * deepest official level (province 2, district 4, subdistrict 6 digits) that contains every area
 * the unit declared. A fund of one subdistrict counts there; a disaster declared over two districts
 * of Saraburi counts at the province, because saying which district its budget belongs to would be
 * a guess. Null when the areas share no province (a national programme): seen only by unscoped readers.
 */
export const homeAreaOf = (areaCodes: readonly string[]): string | null => {
  if (areaCodes.length === 0) return null;
  for (const length of [6, 4, 2]) {
    const prefixes = new Set(areaCodes.map((code) => (code.length >= length ? code.slice(0, length) : null)));
    if (prefixes.size === 1) {
      const [prefix] = prefixes;
      if (prefix !== null) return prefix;
    }
  }
  return null;
};
