import { RegisteredFund } from '@kongthun/welfare-domain';

/**
 * The size of the whole-fund state document the old projection rewrote on every event (maps and
 * sets as arrays, money as decimal strings, as its JSON form had them): the baseline.
 */
export const wholeStateBytes = (fund: RegisteredFund): number =>
  JSON.stringify(fund, (_key, value: unknown) => {
    if (value instanceof Set) return [...value];
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'values' in value && typeof value.values === 'function')
      return [...(value as ReadonlyMap<string, unknown>).values()];
    return value;
  }).length;
