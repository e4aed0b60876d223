import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { DomainError, Money } from '@kongthun/kernel';
import { moneyIdStreamId } from '@kongthun/welfare-domain';
import { CommandBody } from './fund-command-handler';
import { enrolment, registeredFund } from './handler-fixture';
import { RacingStore } from './racing-store';

const FUND = 'contribution-ids-fund';
const fundWithMembers = async (store: InMemoryEventStore, memberIds: string[]) => {
  const fund = await registeredFund(store, FUND);
  for (const memberId of memberIds) await fund.run(enrolment(memberId, '2024-01-05'));
  return fund;
};

const contribution = (contributionId: string, memberId: string, months: number, receivedOn: string): CommandBody<'RecordContribution'> => ({
  type: 'RecordContribution',
  data: {
    contributionId,
    memberId,
    months,
    amount: Money.ofBaht(30 * months),
    receivedOn,
    receiptRef: `rc-${contributionId}-${receivedOn}`,
  },
});

const codeOf = (error: unknown) => (error instanceof DomainError ? error.code : String(error));
const logLength = async (store: InMemoryEventStore) => (await store.readAll({ maxCount: 10_000 })).length;

describe("contribution ids, unique for the fund's whole life", () => {
  it("a contribution id reused three years later, long after the member's years stopped carrying it, is refused and writes nothing", async () => {
    const store = new InMemoryEventStore();
    const { run, setNow } = await fundWithMembers(store, ['m-1']);
    await run(contribution('ct-1', 'm-1', 24, '2024-03-01'));
    setNow('2025-12-10T05:00:00Z');
    await run(contribution('ct-2', 'm-1', 24, '2025-12-01'));
    // Fiscal year 2570: the member's year carries contributions from 2569 on, not ct-1 (2567).
    setNow('2027-03-10T05:00:00Z');
    const before = await logLength(store);
    await expect(run(contribution('ct-1', 'm-1', 1, '2027-03-05'))).rejects.toMatchObject({ code: 'contribution.duplicate' });
    expect(await logLength(store)).toBe(before);
    expect(await run(contribution('ct-3', 'm-1', 1, '2027-03-05'))).toEqual([
      expect.objectContaining({ type: 'welfare.contribution.recorded' }),
    ]);
    expect((await store.readStream(moneyIdStreamId(FUND, 'contribution', 'ct-1'))).map((event) => event.data)).toEqual([
      { fundId: FUND, contributionId: 'ct-1', memberId: 'm-1', fiscalYear: 2567 },
    ]);
  });

  it("another member's contribution id is refused", async () => {
    const store = new InMemoryEventStore();
    const { run } = await fundWithMembers(store, ['m-1', 'm-2']);
    await run(contribution('ct-1', 'm-1', 1, '2024-03-01'));
    const before = await logLength(store);
    await expect(run(contribution('ct-1', 'm-2', 1, '2024-03-01'))).rejects.toMatchObject({ code: 'contribution.duplicate' });
    expect(await logLength(store)).toBe(before);
  });

  it('one contribution id for two members at once: one is recorded, the other refused, and the index names one member', async () => {
    const store = new RacingStore();
    const { run } = await fundWithMembers(store, ['m-1', 'm-2']);
    store.holdAppends(2);
    const results = await Promise.allSettled([
      run(contribution('ct-1', 'm-1', 1, '2024-03-01')),
      run(contribution('ct-1', 'm-2', 1, '2024-03-01')),
    ]);
    expect(results.map((result) => (result.status === 'fulfilled' ? 'recorded' : codeOf(result.reason))).sort()).toEqual([
      'contribution.duplicate',
      'recorded',
    ]);
    const index = await store.readStream(moneyIdStreamId(FUND, 'contribution', 'ct-1'));
    expect(index).toHaveLength(1);
    const owner = (index[0].data as { memberId: string }).memberId;
    const recordedBy = await Promise.all(
      ['m-1', 'm-2'].map(async (memberId) =>
        (await store.readStream(`welfare-member-${FUND}-${memberId}-2567`)).some((event) => event.type === 'welfare.contribution.recorded'),
      ),
    );
    expect(recordedBy).toEqual([owner === 'm-1', owner === 'm-2']);
  });
});
