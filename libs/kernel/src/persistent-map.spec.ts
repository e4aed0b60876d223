import { PersistentMap } from './persistent-map';

describe('a persistent map', () => {
  it('returns a new map from `with` and leaves the old one as it was', () => {
    const before = PersistentMap.of([['m-001', 1]]);
    const after = before.with('m-002', 2).with('m-001', 10);
    expect([before.get('m-001'), before.has('m-002'), before.size]).toEqual([1, false, 1]);
    expect([after.get('m-001'), after.get('m-002'), after.size]).toEqual([10, 2, 2]);
  });

  it('removes with `without`, and removing a missing key changes nothing', () => {
    const map = PersistentMap.of([
      ['a', 1],
      ['b', 2],
    ]);
    expect(map.without('a').size).toBe(1);
    expect(map.without('a').has('a')).toBe(false);
    expect(map.without('zzz')).toBe(map);
  });

  it('holds thousands of keys and iterates each once', () => {
    let map = PersistentMap.empty<number>();
    for (let i = 0; i < 5_000; i += 1) map = map.with(`m-${i}`, i);
    expect(map.size).toBe(5_000);
    expect(new Set(map.keys()).size).toBe(5_000);
    expect([...map.values()].reduce((sum, v) => sum + v, 0)).toBe((4_999 * 5_000) / 2);
    expect(new Map(map).get('m-4321')).toBe(4_321);
  });

  it('two maps built the same way are equal', () => {
    expect(
      PersistentMap.of([
        ['a', 1],
        ['b', 2],
      ]),
    ).toEqual(PersistentMap.empty<number>().with('a', 1).with('b', 2));
  });
});
