import { calendarDate, Money } from '@kongthun/kernel';
import { refuse } from '../refusals';

/** What a capped rate is counted per (ต่อครัวเรือน / ต่อราย / ต่อคน / ต่อครอบครัว). */
export type RateUnit = 'household' | 'deceased' | 'person' | 'family';
const UNITS: readonly RateUnit[] = ['household', 'deceased', 'person', 'family'];

export interface ItemRate {
  /** The damage item's stable id, e.g. `house-repair`. */
  item: string;
  nameTh: string;
  per: RateUnit;
  capPerUnit: string;
}

/** One version of the Ministry of Finance criteria: capped rates per damage item. */
export interface ItemRateTable {
  tableId: string;
  name: string;
  source: string;
  effectiveFrom: string;
  /** Total of items per household, where a cap is cited (null: none). */
  householdCap: string | null;
  items: ItemRate[];
}

export interface FloodBand {
  band: string;
  /** More than this many days flooded… */
  overDays: number;
  /** …up to this many (null: no upper bound). */
  upToDays: number | null;
  amount: string;
}

/** One Cabinet resolution's flat payments per household by flood duration. */
export interface FloodBandTable {
  tableId: string;
  name: string;
  source: string;
  effectiveFrom: string;
  bands: FloodBand[];
}

const invalid = (why: string) => refuse('relief.rate-table-invalid', `Rate table invalid: ${why}`, 'ตารางอัตราไม่ถูกต้อง', { why });

const money = (value: unknown, where: string): string => {
  if (typeof value !== 'string') throw invalid(`${where} must be an amount like "49500.00"`);
  return Money.fromJSON(value).toDecimalString();
};

const versions = <T extends { tableId: string; effectiveFrom: string }>(list: unknown, one: (raw: Record<string, unknown>) => T): T[] => {
  if (!Array.isArray(list) || list.length === 0) throw invalid('a file is a non-empty list of versions');
  const parsed = list.map((raw: Record<string, unknown>) => {
    if (typeof raw?.tableId !== 'string' || raw.tableId === '') throw invalid('tableId missing');
    calendarDate(String(raw.effectiveFrom), 'effectiveFrom');
    return one(raw);
  });
  const sorted = [...parsed].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].effectiveFrom === sorted[i - 1].effectiveFrom) throw invalid(`two versions take effect on ${sorted[i].effectiveFrom}`);
  return sorted;
};

/** Reads a rate file's JSON; refuses anything it cannot use with `relief.rate-table-invalid`. */
export const parseItemRateTables = (json: unknown): ItemRateTable[] =>
  versions(json, (raw) => {
    const items = raw.items;
    if (!Array.isArray(items) || items.length === 0) throw invalid(`${String(raw.tableId)} has no items`);
    return {
      tableId: String(raw.tableId),
      name: String(raw.name ?? raw.tableId),
      source: String(raw.source ?? ''),
      effectiveFrom: String(raw.effectiveFrom),
      householdCap: raw.householdCap === null || raw.householdCap === undefined ? null : money(raw.householdCap, 'householdCap'),
      items: items.map((item: Record<string, unknown>) => {
        if (!UNITS.includes(item.per as RateUnit)) throw invalid(`item ${String(item.item)}: per must be one of ${UNITS.join(', ')}`);
        return {
          item: String(item.item),
          nameTh: String(item.nameTh ?? item.item),
          per: item.per as RateUnit,
          capPerUnit: money(item.capPerUnit, 'capPerUnit'),
        };
      }),
    };
  });

export const parseFloodBandTables = (json: unknown): FloodBandTable[] =>
  versions(json, (raw) => {
    const bands = raw.bands;
    if (!Array.isArray(bands) || bands.length === 0) throw invalid(`${String(raw.tableId)} has no bands`);
    return {
      tableId: String(raw.tableId),
      name: String(raw.name ?? raw.tableId),
      source: String(raw.source ?? ''),
      effectiveFrom: String(raw.effectiveFrom),
      bands: bands.map((band: Record<string, unknown>) => {
        if (!Number.isInteger(band.overDays) || (band.upToDays !== null && !Number.isInteger(band.upToDays)))
          throw invalid(`band ${String(band.band)}: whole days`);
        return {
          band: String(band.band),
          overDays: band.overDays as number,
          upToDays: band.upToDays as number | null,
          amount: money(band.amount, 'amount'),
        };
      }),
    };
  });

/** The version in force on a day: the latest that took effect on or before it. */
export const inForceOn = <T extends { effectiveFrom: string }>(tables: readonly T[], day: string): T | undefined =>
  tables.filter((table) => table.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];

/** The band a flood of `days` falls in, if any (bands are "more than … up to …"). */
export const floodBandFor = (table: FloodBandTable, days: number): FloodBand | undefined =>
  table.bands.find((band) => days > band.overDays && (band.upToDays === null || days <= band.upToDays));
