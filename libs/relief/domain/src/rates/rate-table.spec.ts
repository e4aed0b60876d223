import { Money } from '@kongthun/kernel';
import { computeEntitlements } from './entitlements';
import { floodBandFor, inForceOn, parseItemRateTables } from './rate-table';
import { BAND_TABLES, ITEM_TABLES } from '../testing/relief-fixtures';

const table2019 = inForceOn(ITEM_TABLES, '2025-11-20')!;
const capped = parseItemRateTables([{ ...table2019, householdCap: '50000.00' }])[0];

describe('rate tables, versioned by effective date and read from the data files', () => {
  it('a disaster on or after 1 Nov 2020 is assessed with the 2019 regulation: house repair up to 49,500', () => {
    expect(table2019.tableId).toBe('mof-advance-fund-2019');
    expect(table2019.items.find((item) => item.item === 'house-repair')?.capPerUnit).toBe('49500.00');
  });
  it('a disaster before the 2019 criteria took effect replays with the older 33,000 house-repair cap', () => {
    expect(inForceOn(ITEM_TABLES, '2019-06-01')?.items.find((item) => item.item === 'house-repair')?.capPerUnit).toBe('33000.00');
  });
  it('no table is in force before the first version', () => {
    expect(inForceOn(ITEM_TABLES, '2010-01-01')).toBeUndefined();
  });
  it('a file with two versions on the same day is refused', () => {
    expect(() => parseItemRateTables([ITEM_TABLES[1], ITEM_TABLES[1]])).toThrow(
      expect.objectContaining({ code: 'relief.rate-table-invalid' }),
    );
  });
  it('flood bands are "more than … up to …" days: 7 days gets nothing, 8 gets 5,000, 31 gets 7,000, 61 gets 9,000 (2022)', () => {
    const bands2022 = inForceOn(BAND_TABLES, '2022-10-01')!;
    expect(floodBandFor(bands2022, 7)).toBeUndefined();
    expect(floodBandFor(bands2022, 8)?.amount).toBe('5000.00');
    expect(floodBandFor(bands2022, 30)?.amount).toBe('5000.00');
    expect(floodBandFor(bands2022, 31)?.amount).toBe('7000.00');
    expect(floodBandFor(bands2022, 61)?.amount).toBe('9000.00');
  });
  it('the 2025 resolution pays a flat 9,000 per flooded household', () => {
    expect(floodBandFor(inForceOn(BAND_TABLES, '2025-11-20')!, 2)?.amount).toBe('9000.00');
  });
});

describe('entitlements', () => {
  it('an item is paid at its assessed cost when under the cap', () => {
    const [house] = computeEntitlements(
      'a1',
      [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
      null,
      table2019,
      undefined,
    );
    expect(house).toMatchObject({ amount: '20000.00', capped: false, tableId: 'mof-advance-fund-2019' });
  });
  it('an item above its cap is paid the cap: house repair at 60,000 gets 49,500', () => {
    const [house] = computeEntitlements(
      'a1',
      [{ item: 'house-repair', quantity: 1, assessedCost: '60000.00' }],
      null,
      table2019,
      undefined,
    );
    expect(house).toMatchObject({ amount: '49500.00', capped: true });
  });
  it('per-person and per-deceased items multiply the cap: clothing for 4 people is 4,400, funeral for 2 deceased 59,400', () => {
    const entitlements = computeEntitlements(
      'a1',
      [
        { item: 'clothing', quantity: 4, assessedCost: null },
        { item: 'funeral', quantity: 2, assessedCost: null },
      ],
      null,
      table2019,
      undefined,
    );
    expect(entitlements.map((e) => e.amount)).toEqual(['4400.00', '59400.00']);
  });
  it('a household item counted twice is refused', () => {
    expect(() => computeEntitlements('a1', [{ item: 'work-tools', quantity: 2, assessedCost: null }], null, table2019, undefined)).toThrow(
      expect.objectContaining({ code: 'relief.quantity-invalid' }),
    );
  });
  it('an item the table in force does not list is refused', () => {
    expect(() =>
      computeEntitlements('a1', [{ item: 'funeral', quantity: 1, assessedCost: null }], null, ITEM_TABLES[0], undefined),
    ).toThrow(expect.objectContaining({ code: 'relief.item-not-in-rate-table' }));
  });
  it('the household cap cuts the later items first', () => {
    const entitlements = computeEntitlements(
      'a1',
      [
        { item: 'house-repair', quantity: 1, assessedCost: '45000.00' },
        { item: 'work-tools', quantity: 1, assessedCost: '11400.00' },
      ],
      null,
      capped,
      undefined,
    );
    expect(entitlements.map((e) => [e.amount, e.capped])).toEqual([
      ['45000.00', false],
      ['5000.00', true],
    ]);
    expect(Money.sum(entitlements.map((e) => Money.fromJSON(e.amount))).toDecimalString()).toBe('50000.00');
  });
  it('the flood band is an entitlement of its own, with the band stored beside the amount', () => {
    const bands = inForceOn(BAND_TABLES, '2022-10-01')!;
    const [band] = computeEntitlements('a1', [], 45, table2019, bands);
    expect(band).toMatchObject({ item: 'flood-duration', band: 'over-30-to-60-days', amount: '7000.00', tableId: 'cabinet-flood-2022' });
  });
});
