import { emptyBooks, FinanceFilter, financeRecordsOf, foldRecord, GroupBy, totalsOf } from '@kongthun/finance-model';
import { disbursement, unitDeclared } from '@kongthun/finance-model/testing';
import { MoneyMessage } from '@kongthun/money-contract';
import { FinanceStore } from '../store/finance-store';
import { randomMoneyLog, seededRandom } from './random-money-log';

/** Each engine's suite opens a fresh, empty store per test. */
export interface FinanceStoreEngine {
  open(): Promise<FinanceStore>;
}

const booksOf = (messages: MoneyMessage[]) => messages.flatMap(financeRecordsOf).reduce(foldRecord, emptyBooks());
const comparable = (groups: Awaited<ReturnType<FinanceStore['totals']>>) =>
  JSON.stringify(groups, (_, v) => (typeof v === 'bigint' ? v.toString() : v));
const shuffled = <T>(items: T[], seed: number): T[] => {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
};

const FILTERS: FinanceFilter[] = [
  {},
  { area: '19' },
  { area: '1901' },
  { area: '830101' },
  { programme: 'relief' },
  { unitId: 'talat-yai' },
  { fiscalYear: 2566 },
  { monthFrom: '2023-01' },
  { monthTo: '2023-03' },
  { monthFrom: '2022-11', monthTo: '2023-06', programme: 'grants', area: '19' },
];
const GROUPINGS: GroupBy[][] = [
  [],
  ['province'],
  ['district'],
  ['subdistrict'],
  ['programme'],
  ['programme', 'unit'],
  ['fiscalYear'],
  ['month'],
  ['province', 'programme', 'fiscalYear'],
];

export const financeStoreContract = (engine: FinanceStoreEngine): void => {
  const log = randomMoneyLog(19, 160);

  it('every filter and every grouping gives the totals the model defines, on a log over three programmes', async () => {
    const store = await engine.open();
    await store.apply(log);
    const books = booksOf(log);
    for (const filter of FILTERS)
      for (const groupBy of GROUPINGS) {
        const expected = totalsOf(books, filter, groupBy, 'all');
        const actual = await store.totals(filter, groupBy, 'all');
        // The model has no group where nothing matched; SQL answers one zero row without dimensions.
        if (groupBy.length === 0 && expected.length === 0) expect(actual[0].totals.moneyIn).toBe(0n);
        else expect({ filter, groupBy, totals: comparable(actual) }).toEqual({ filter, groupBy, totals: comparable(expected) });
      }
  });

  it('a reader scoped to Saraburi gets Saraburi’s totals; a district reader only that district', async () => {
    const store = await engine.open();
    await store.apply(log);
    const books = booksOf(log);
    for (const scope of [['19'], ['1901'], ['83', '1903'], []])
      expect(comparable(await store.totals({}, ['district'], scope))).toEqual(comparable(totalsOf(books, {}, ['district'], scope)));
  });

  it('a redelivered message is stored once; the books are the same', async () => {
    const store = await engine.open();
    const first = await store.apply(log);
    expect(await store.apply(log.slice(0, 40))).toBe(0);
    expect(await store.apply(log)).toBe(0);
    expect(first).toBe(
      log.filter((message) => message.type !== 'money.unit.declared' && message.type !== 'money.relation.declared').length,
    );
    expect(comparable(await store.totals({}, ['programme'], 'all'))).toEqual(comparable(totalsOf(booksOf(log), {}, ['programme'], 'all')));
  });

  it('rebuilt from the log in another order and batching, the books are the same', async () => {
    const store = await engine.open();
    await store.apply(log);
    const before = comparable(await store.totals({}, ['district', 'programme', 'month'], 'all'));
    const mixed = shuffled(log, 7);
    async function* batches() {
      for (let i = 0; i < mixed.length; i += 13) yield mixed.slice(i, i + 13);
    }
    await store.rebuild(batches());
    expect(comparable(await store.totals({}, ['district', 'programme', 'month'], 'all'))).toEqual(before);
  });

  it('details page through disbursements in a stable order, with filters and scope', async () => {
    const store = await engine.open();
    await store.apply(log);
    const expected = booksOf(log);
    const seen: string[] = [];
    let afterSeq = 0;
    for (;;) {
      const page = await store.disbursements({ area: '19' }, ['19'], { afterSeq, limit: 9 });
      if (page.length === 0) break;
      seen.push(...page.map((row) => row.disbursementId));
      afterSeq = page[page.length - 1].seq;
    }
    const want = log
      .filter((m) => m.type === 'money.disbursement.made' && m.data.areaCode.startsWith('19'))
      .map((m) => (m.data as { disbursementId: string }).disbursementId);
    expect(seen).toEqual(want);
    expect(await store.countDisbursements({ area: '19' }, ['19'])).toBe(want.length);
    expect(expected.entries.size).toBeGreaterThan(want.length);
  });

  it('paging while others append loses no row and repeats none', async () => {
    const store = await engine.open();
    await store.apply([unitDeclared('relief', 'u', ['190101'])]);
    const before = Array.from({ length: 60 }, (_, i) => disbursement('relief', 'u', `before-${i}`, '1.00', '2023-01-01', '190101'));
    await store.apply(before);
    const during = Array.from({ length: 120 }, (_, i) => disbursement('relief', 'u', `during-${i}`, '1.00', '2022-12-01', '190101'));
    const appending = (async () => {
      for (let i = 0; i < during.length; i += 5) await store.apply(during.slice(i, i + 5));
    })();
    const seen: string[] = [];
    let afterSeq = 0;
    let appendsDone = false;
    void appending.then(() => (appendsDone = true));
    // Page until a page comes back empty after every append finished: then all rows must have been seen.
    for (;;) {
      const finished = appendsDone;
      const page = await store.disbursements({}, 'all', { afterSeq, limit: 4 });
      seen.push(...page.map((row) => row.disbursementId));
      if (page.length > 0) afterSeq = page[page.length - 1].seq;
      else if (finished) break;
      else await new Promise((resolve) => setImmediate(resolve));
    }
    await appending;
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 60)).toEqual(before.map((m) => (m.data as { disbursementId: string }).disbursementId));
    expect([...seen].sort()).toEqual([...before, ...during].map((m) => (m.data as { disbursementId: string }).disbursementId).sort());
  });
};
