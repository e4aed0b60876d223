import { commitment, disbursement, moneyIn, reversal, unitDeclared } from './testing';
import { MoneyMessage } from '@kongthun/money-contract';
import { emptyBooks, FinanceBooks, foldRecord, totalsOf } from './finance-books';
import { financeRecordsOf } from './finance-records-of';

const booksOf = (messages: MoneyMessage[]): FinanceBooks => messages.flatMap(financeRecordsOf).reduce(foldRecord, emptyBooks());
const baht = (satang: bigint) => (Number(satang) / 100).toFixed(2);

const saraburiGrants = [
  unitDeclared('grants', 'p-1', ['190101']),
  unitDeclared('relief', 'flood-66', ['1901', '1902']),
  unitDeclared('welfare', 'talat-yai', ['830101']),
  moneyIn('grants', 'p-1', 'in-1', '6749210.00', '2023-03-15', 'budget-allocation', 2566),
  commitment('grants', 'p-1', 'c-1', '3000000.00', '2023-03-20', 'tranche'),
  disbursement('grants', 'p-1', 'd-1', '2000000.00', '2023-04-01', '190101', 'tranche', 'grant-tranche'),
  disbursement('relief', 'flood-66', 'd-2', '9000.00', '2023-10-05', '190205', 'flood', 'relief'),
  moneyIn('welfare', 'talat-yai', 'in-2', '360.00', '2023-01-10', 'member-contribution'),
  disbursement('welfare', 'talat-yai', 'd-3', '200.00', '2023-01-20', '830101'),
];

describe('the provincial books folded from the money contract', () => {
  it('counts money in, committed and disbursed by area, across programmes', () => {
    const [saraburi] = totalsOf(booksOf(saraburiGrants), { area: '19' }, [], 'all');
    expect(baht(saraburi.totals.moneyIn)).toBe('6749210.00');
    expect(baht(saraburi.totals.committed)).toBe('3000000.00');
    expect(baht(saraburi.totals.disbursed)).toBe('2009000.00');
    expect(baht(saraburi.totals.moneyInBySource['budget-allocation'])).toBe('6749210.00');
  });

  it('money in without an area counts in its unit’s home area; a disbursement in the area it names', () => {
    const byDistrict = totalsOf(booksOf(saraburiGrants), {}, ['district'], 'all');
    const of = (district: string) => byDistrict.find((group) => group.key.district === district)!.totals;
    expect(baht(of('1901').moneyIn)).toBe('6749210.00');
    expect(baht(of('1902').disbursed)).toBe('9000.00');
    expect(baht(of('8301').moneyInBySource['member-contribution'])).toBe('360.00');
  });

  it('a redelivered message counts once', () => {
    const again = [...saraburiGrants, ...saraburiGrants];
    expect(totalsOf(booksOf(again), {}, [], 'all')).toEqual(totalsOf(booksOf(saraburiGrants), {}, [], 'all'));
  });

  it('a reversal counts in its own month, in the area and source of what it undoes, and nets the kind it undoes', () => {
    const books = booksOf([
      ...saraburiGrants,
      reversal('grants', 'p-1', 'rv-1', { type: 'money.disbursement.made', id: 'd-1' }, '500000.00', '2023-05-02'),
      reversal('grants', 'p-1', 'rf-1', { type: 'money.in.received', id: 'in-1' }, '49210.00', '2023-09-30', 'refund'),
    ]);
    const byMonth = totalsOf(books, { programme: 'grants' }, ['month', 'subdistrict'], 'all');
    const may = byMonth.find((group) => group.key.month === '2023-05')!;
    expect(may.key.subdistrict).toBe('190101');
    expect(baht(may.totals.reversed)).toBe('500000.00');
    expect(baht(may.totals.netDisbursed)).toBe('-500000.00');
    const [whole] = totalsOf(books, { programme: 'grants' }, [], 'all');
    expect(baht(whole.totals.netDisbursed)).toBe('1500000.00');
    expect(baht(whole.totals.refunded)).toBe('49210.00');
    expect(baht(whole.totals.netMoneyIn)).toBe('6700000.00');
    expect(baht(whole.totals.moneyInBySource['budget-allocation'])).toBe('6700000.00');
  });

  it('a scoped reader sees only their areas; what lies in no province is for unscoped readers only', () => {
    const books = booksOf([
      ...saraburiGrants,
      unitDeclared('grants', 'national', ['19', '83']),
      moneyIn('grants', 'national', 'in-n', '100.00', '2023-01-01'),
    ]);
    const [scoped] = totalsOf(books, {}, [], ['19']);
    expect(baht(scoped.totals.moneyIn)).toBe('6749210.00');
    const [all] = totalsOf(books, {}, [], 'all');
    expect(baht(all.totals.moneyIn)).toBe('6749670.00');
  });

  it('filters by fiscal year as the message states it, and by a month range', () => {
    const books = booksOf([...saraburiGrants, moneyIn('grants', 'p-1', 'in-67', '100.00', '2023-09-25', 'budget-allocation', 2567)]);
    expect(baht(totalsOf(books, { fiscalYear: 2567 }, [], 'all')[0].totals.moneyIn)).toBe('100.00');
    expect(baht(totalsOf(books, { fiscalYear: 2567 }, [], 'all')[0].totals.disbursed)).toBe('9000.00');
    expect(baht(totalsOf(books, { monthFrom: '2023-03', monthTo: '2023-04' }, [], 'all')[0].totals.disbursed)).toBe('2000000.00');
  });

  it('a later declaration moves a unit’s home area; an older one redelivered does not', () => {
    const books = booksOf([
      unitDeclared('relief', 'u', ['190101'], 'a', 2),
      unitDeclared('relief', 'u', ['830101'], 'b', 1),
      moneyIn('relief', 'u', 'i', '1.00', '2023-01-01'),
    ]);
    expect(totalsOf(books, {}, ['province'], 'all')[0].key.province).toBe('19');
  });
});
