import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { DomainError, Money } from '@kongthun/kernel';
import { FundCommand, moneyIdStreamId } from '@kongthun/welfare-domain';
import { COMMITTEE, rulesV1, TREASURER } from '@kongthun/welfare-domain/testing';
import { CommandBody, FundCommandHandler } from './fund-command-handler';
import { RacingStore } from './racing-store';

const FUND = 'money-ids-fund';
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const treasurer: AuthenticatedActor = { userId: TREASURER, role: 'treasurer', scope: { funds: [FUND] } };

const registered = async (store: InMemoryEventStore) => {
  let now = new Date('2024-03-20T05:00:00Z');
  const handler = new FundCommandHandler(store, () => now);
  const run = <T extends FundCommand['type']>(body: CommandBody<T>, as = treasurer) => handler.execute(FUND, as, body);
  await run(
    {
      type: 'RegisterFund',
      data: { fundId: FUND, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2023-01-02', committee: COMMITTEE, rules: rulesV1() },
    },
    admin,
  );
  return { run, setNow: (at: string) => (now = new Date(at)) };
};

const matching = (matchingId: string, receivedOn: string, fiscalYear: number): CommandBody<'RecordMatchingFunds'> => ({
  type: 'RecordMatchingFunds',
  data: {
    matchingId,
    source: 'codi',
    sourceName: 'พอช.',
    fiscalYear,
    amount: Money.ofBaht(10_000),
    receivedOn,
    documentRef: `doc-${receivedOn}`,
  },
});

const spending = (spendingId: string, spentOn: string): CommandBody<'RecordAdminSpending'> => ({
  type: 'RecordAdminSpending',
  data: { spendingId, amount: Money.ofBaht(100), purpose: 'ค่าเครื่องเขียน', spentOn, documentRef: `doc-${spendingId}`, overrideId: null },
});

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));

describe('ids of books records, unique across fiscal years', () => {
  it('matching money and a spending recorded in a closed year are refused by the same id two years later, writing nothing', async () => {
    const store = new InMemoryEventStore();
    const { run, setNow } = await registered(store);
    await run(matching('mf-1', '2024-03-01', 2567));
    await run(spending('sp-1', '2024-03-15'));
    setNow('2026-01-10T05:00:00Z');
    await run(matching('mf-2569', '2026-01-05', 2569));
    const before = (await store.readAll({ maxCount: 10_000 })).length;
    await expect(run(matching('mf-1', '2026-01-06', 2569))).rejects.toMatchObject({ code: 'matching.duplicate' });
    await expect(run(spending('sp-1', '2026-01-06'))).rejects.toMatchObject({ code: 'admin.duplicate' });
    expect((await store.readAll({ maxCount: 10_000 })).length).toBe(before);
    expect((await store.readStream(moneyIdStreamId(FUND, 'matching', 'mf-1'))).map((event) => event.data)).toEqual([
      { fundId: FUND, kind: 'matching', id: 'mf-1', fiscalYear: 2567 },
    ]);
  });

  it('the same matching id recorded twice at once: one is recorded, the other refused, and the index names one year once', async () => {
    const store = new RacingStore();
    const { run } = await registered(store);
    store.holdAppends(2);
    const results = await Promise.allSettled([run(matching('mf-1', '2024-03-01', 2567)), run(matching('mf-1', '2024-03-02', 2567))]);
    expect(results.map((result) => (result.status === 'fulfilled' ? 'recorded' : codeOf(result.reason))).sort()).toEqual([
      'matching.duplicate',
      'recorded',
    ]);
    expect(await store.readStream(moneyIdStreamId(FUND, 'matching', 'mf-1'))).toHaveLength(1);
  });
});
