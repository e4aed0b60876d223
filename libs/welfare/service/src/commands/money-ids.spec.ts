import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { DomainError, Money } from '@kongthun/kernel';
import { moneyIdStreamId } from '@kongthun/welfare-domain';
import { CHAIR, PRASERT } from '@kongthun/welfare-domain/testing';
import { CommandBody } from './fund-command-handler';
import { codiMatching, enrolment, registeredFund } from './handler-fixture';
import { RacingStore } from './racing-store';

const FUND = 'money-ids-fund';

const registered = (store: InMemoryEventStore) => registeredFund(store, FUND);
const matching = codiMatching;

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

  it('a payout id used two fiscal years earlier is refused for another claim, and the claim is paid under a new id', async () => {
    const store = new InMemoryEventStore();
    const { run, setNow } = await registered(store);
    const committee = (userId: string): AuthenticatedActor => ({ userId, role: 'committee', scope: { funds: [FUND] } });
    const approvedClaim = async (claimId: string, eventDate: string) => {
      await run({
        type: 'SubmitClaim',
        data: {
          claimId,
          memberId: 'm-1',
          benefit: 'sickness',
          eventDate,
          hospitalNights: 1,
          evidenceRefs: ['med-cert'],
          amountFigures: '200.00',
          amountWords: 'สองร้อยบาทถ้วน',
        },
      });
      for (const approver of [CHAIR, PRASERT]) await run({ type: 'ApproveClaim', data: { claimId } }, committee(approver));
    };
    const pay = (payoutId: string, claimId: string, paidOn: string) =>
      run({ type: 'PayClaim', data: { payoutId, claimId, method: 'cash', reference: `rcpt-${payoutId}`, paidOn, payeeAccountHash: null } });
    await run(matching('mf-1', '2024-03-01', 2567));
    await run(enrolment('m-1', '2024-01-05'));
    await run({
      type: 'RecordContribution',
      data: {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 24,
        amount: Money.ofBaht(720),
        receivedOn: '2024-03-01',
        receiptRef: 'rc-1',
      },
    });
    setNow('2024-09-20T05:00:00Z');
    await approvedClaim('cl-1', '2024-09-10');
    await pay('po-1', 'cl-1', '2024-09-20');
    setNow('2025-11-10T05:00:00Z');
    // The books of 2569 are open already, so the payout reads no earlier year on its way.
    await run(matching('mf-2569', '2025-11-01', 2569));
    await approvedClaim('cl-2', '2025-11-05');
    await expect(pay('po-1', 'cl-2', '2025-11-10')).rejects.toMatchObject({ code: 'payout.duplicate' });
    expect(await pay('po-2', 'cl-2', '2025-11-10')).toEqual([expect.objectContaining({ type: 'welfare.payout.made' })]);
    expect((await store.readStream(moneyIdStreamId(FUND, 'payout', 'po-1'))).map((event) => event.data)).toEqual([
      { fundId: FUND, kind: 'payout', id: 'po-1', fiscalYear: 2567 },
    ]);
  });
});
