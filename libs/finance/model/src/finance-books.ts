import { FinanceEntry, FinanceRecord, FinanceUnit } from './finance-record';
import { AREA_LEVEL_LENGTH, AreaScope, FinanceFilter, GroupBy } from './finance-query';
import { addFact, emptyTotals, FinanceTotals } from './finance-totals';

/**
 * The provincial books held in memory: the pure fold of the records, and the meaning of every
 * total the SQL store computes. The store's tests compare its answers with these on the same
 * messages, so the SQL cannot drift from the rules written here.
 */
export interface FinanceBooks {
  units: ReadonlyMap<string, FinanceUnit>;
  entries: ReadonlyMap<string, FinanceEntry>;
}

export const emptyBooks = (): FinanceBooks => ({ units: new Map(), entries: new Map() });
const unitKey = (programme: string, unitId: string) => `${programme}\u0000${unitId}`;
const refKey = (programme: string, unitId: string, kind: string, refId: string) =>
  `${unitKey(programme, unitId)}\u0000${kind}\u0000${refId}`;

/** Folds one record in; a redelivered entry (same message id) or an older declaration changes nothing. */
export const foldRecord = (books: FinanceBooks, record: FinanceRecord): FinanceBooks => {
  if (record.type === 'unit') {
    const key = unitKey(record.unit.programme, record.unit.unitId);
    const known = books.units.get(key);
    if (known && known.ruleVersion > record.unit.ruleVersion) return books;
    return { ...books, units: new Map(books.units).set(key, record.unit) };
  }
  if (books.entries.has(record.entry.messageId)) return books;
  return { ...books, entries: new Map(books.entries).set(record.entry.messageId, record.entry) };
};

/** An entry with the dimensions it is counted under. */
export interface ResolvedEntry extends FinanceEntry {
  /** Its own area, else that of what it undoes, else its unit's home area. */
  resolvedArea: string | null;
  resolvedSource: FinanceEntry['sourceKind'];
}

export const resolvedEntries = (books: FinanceBooks): ResolvedEntry[] => {
  const byRef = new Map<string, FinanceEntry>();
  // Should a programme ever reuse a movement's id, the first one received is what a reversal undoes.
  for (const entry of books.entries.values()) {
    const key = refKey(entry.programme, entry.unitId, entry.kind, entry.refId);
    if (!byRef.has(key)) byRef.set(key, entry);
  }
  return [...books.entries.values()].map((entry) => {
    const undone = entry.undoesKind ? byRef.get(refKey(entry.programme, entry.unitId, entry.undoesKind, entry.undoesRef ?? '')) : undefined;
    const home = books.units.get(unitKey(entry.programme, entry.unitId))?.homeArea ?? null;
    return {
      ...entry,
      resolvedArea: entry.areaCode ?? undone?.areaCode ?? home,
      resolvedSource: entry.sourceKind ?? undone?.sourceKind ?? null,
    };
  });
};

const inScope = (area: string | null, scope: AreaScope): boolean =>
  scope === 'all' || (area !== null && scope.some((prefix) => area.startsWith(prefix)));

/** Whether an entry is inside a filter and a reader's scope. */
export const matches = (entry: ResolvedEntry, filter: FinanceFilter, scope: AreaScope): boolean =>
  inScope(entry.resolvedArea, scope) &&
  (filter.area === undefined || (entry.resolvedArea ?? '').startsWith(filter.area)) &&
  (filter.programme === undefined || entry.programme === filter.programme) &&
  (filter.unitId === undefined || entry.unitId === filter.unitId) &&
  (filter.fiscalYear === undefined || entry.fiscalYear === filter.fiscalYear) &&
  (filter.monthFrom === undefined || entry.month >= filter.monthFrom) &&
  (filter.monthTo === undefined || entry.month <= filter.monthTo);

/** The value of a dimension for an entry; an area shorter than the level asked for has none (null). */
export const dimensionOf = (entry: ResolvedEntry, dimension: GroupBy): string | number | null => {
  switch (dimension) {
    case 'province':
    case 'district':
    case 'subdistrict': {
      const length = AREA_LEVEL_LENGTH[dimension];
      return entry.resolvedArea !== null && entry.resolvedArea.length >= length ? entry.resolvedArea.slice(0, length) : null;
    }
    case 'programme':
      return entry.programme;
    case 'unit':
      return entry.unitId;
    case 'fiscalYear':
      return entry.fiscalYear;
    case 'month':
      return entry.month;
  }
};

export interface TotalsGroup {
  /** The dimension values of this group, in the order asked (`unit` also needs `programme` to be unique). */
  key: Partial<Record<GroupBy, string | number | null>>;
  totals: FinanceTotals;
}

/** Totals of the entries inside the filter and scope, one group per combination of the dimensions. */
export const totalsOf = (books: FinanceBooks, filter: FinanceFilter, groupBy: readonly GroupBy[], scope: AreaScope): TotalsGroup[] => {
  const groups = new Map<string, TotalsGroup>();
  for (const entry of resolvedEntries(books)) {
    if (!matches(entry, filter, scope)) continue;
    const key = Object.fromEntries(groupBy.map((dimension) => [dimension, dimensionOf(entry, dimension)]));
    const id = JSON.stringify(groupBy.map((dimension) => key[dimension]));
    const group = groups.get(id) ?? { key, totals: emptyTotals() };
    groups.set(id, { key, totals: addFact(group.totals, { ...entry, sourceKind: entry.resolvedSource }) });
  }
  return [...groups.values()].sort((a, b) => compareKeys(groupBy, a.key, b.key));
};

/** Groups in the order of their dimension values, each ascending (text by code point), nulls last. */
export const compareKeys = (groupBy: readonly GroupBy[], a: TotalsGroup['key'], b: TotalsGroup['key']): number => {
  for (const dimension of groupBy) {
    const x = a[dimension] ?? null;
    const y = b[dimension] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
};
