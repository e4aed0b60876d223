import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { fiscalYearOfDate, Money } from '@kongthun/kernel';
import { booksStreamId, governanceStreamId, moneyIdStreamId } from '@kongthun/welfare-domain';
import { codiMatching, registeredFund } from './handler-fixture';

const FUND = 'reversal-reads-fund';
const matching = (matchingId: string, receivedOn: string) => codiMatching(matchingId, receivedOn, fiscalYearOfDate(receivedOn));

/** A fund whose books are open in every fiscal year 2567–2570, with a matching record and a spending from 2567. */
const fundWithOldRecords = async (store: InMemoryEventStore) => {
  const { run, setNow } = await registeredFund(store, FUND);
  await run(matching('mf-old', '2024-03-01'));
  await run({
    type: 'RecordAdminSpending',
    data: {
      spendingId: 'sp-old',
      amount: Money.ofBaht(100),
      purpose: 'ค่าเครื่องเขียน',
      spentOn: '2024-03-15',
      documentRef: 'doc-sp',
      overrideId: null,
    },
  });
  for (const day of ['2025-01-10', '2026-01-10', '2027-01-10']) {
    setNow(`${day}T05:00:00Z`);
    await run(matching(`mf-${day}`, day));
  }
  setNow('2027-03-10T05:00:00Z');
  const read: string[] = [];
  const readStream = store.readStream.bind(store);
  store.readStream = (streamId, options) => {
    read.push(streamId);
    return readStream(streamId, options);
  };
  return { run, read, setNow };
};

const reversal = (reversalId: string) => ({ reversalId, reason: 'บันทึกผิด', reversedOn: '2027-03-10' });

describe('a reversal finds its record through the id index, however old', () => {
  it('reversing matching money three years old reads governance, the id index, its year and the open year: none between', async () => {
    const store = new InMemoryEventStore();
    const { run, read } = await fundWithOldRecords(store);
    expect(await run({ type: 'ReverseMatchingFunds', data: { matchingId: 'mf-old', ...reversal('rv-mf') } })).toEqual([
      expect.objectContaining({ type: 'welfare.matching-funds.reversed' }),
    ]);
    expect([...new Set(read)].sort()).toEqual(
      [governanceStreamId(FUND), moneyIdStreamId(FUND, 'matching', 'mf-old'), booksStreamId(FUND, 2567), booksStreamId(FUND, 2570)].sort(),
    );
  });

  it('reversing a spending three years old reads only the index and the books it names, and a second reversal a year later is refused', async () => {
    const store = new InMemoryEventStore();
    const { run, read, setNow } = await fundWithOldRecords(store);
    await run({ type: 'ReverseAdminSpending', data: { spendingId: 'sp-old', ...reversal('rv-sp') } });
    expect([...new Set(read)].sort()).toEqual(
      [governanceStreamId(FUND), moneyIdStreamId(FUND, 'spending', 'sp-old'), booksStreamId(FUND, 2567), booksStreamId(FUND, 2570)].sort(),
    );
    expect((await store.readStream(moneyIdStreamId(FUND, 'spending', 'sp-old'))).map((event) => event.data)).toEqual([
      { fundId: FUND, kind: 'spending', id: 'sp-old', fiscalYear: 2567 },
      { fundId: FUND, kind: 'spending', id: 'sp-old', fiscalYear: 2570 },
    ]);
    // 2571: the reversal recorded in 2570 (now closed) is found through the index, not by walking back.
    setNow('2028-01-10T05:00:00Z');
    read.length = 0;
    await expect(
      run({ type: 'ReverseAdminSpending', data: { spendingId: 'sp-old', reversalId: 'rv-sp-2', reason: 'ซ้ำ', reversedOn: '2028-01-10' } }),
    ).rejects.toMatchObject({ code: 'admin-spending.already-reversed' });
    expect(read).not.toContain(booksStreamId(FUND, 2568));
    expect(read).not.toContain(booksStreamId(FUND, 2569));
  });
});
