import { EventToAppend, InMemoryEventStore } from '@kongthun/event-sourcing';
import { booksStreamId } from '@kongthun/welfare-domain';
import { findPayoutRecord } from './payout-record';

const FUND = { fundId: 'f-receipts', foundedOn: '2023-01-10' };
const metadata = { actor: { userId: 'malee', role: 'treasurer' }, correlationId: 'c-1', causationId: null };
const event = (id: string, type: string, data: Record<string, string>): EventToAppend => ({
  id,
  type,
  schemaVersion: 1,
  data: { fundId: FUND.fundId, ...data },
  metadata,
});
const paid = (id: string, payoutId: string, paidOn: string) =>
  event(id, 'welfare.payout.made', { payoutId, claimId: `c-${payoutId}`, memberId: 'm-1', amount: '300.00', paidOn });

describe('a payout found for its receipt', () => {
  // BE fiscal years: 2567 runs from October 2023 to September 2024.
  const store = new InMemoryEventStore();
  beforeAll(async () => {
    await store.appendToStream(
      booksStreamId(FUND.fundId, 2567),
      [paid('01900000-0000-7000-8000-000000002567', 'p-old', '2024-03-01')],
      'any',
    );
    await store.appendToStream(
      booksStreamId(FUND.fundId, 2569),
      [paid('01900000-0000-7000-8000-000000002569', 'p-new', '2025-11-02')],
      'any',
    );
    // The old payout is reversed two years later, in a later year's books.
    await store.appendToStream(
      booksStreamId(FUND.fundId, 2569),
      [
        event('01900000-0000-7000-8000-00000000256b', 'welfare.payout.reversed', {
          payoutId: 'p-old',
          claimId: 'c-p-old',
          amount: '300.00',
          reversalId: 'rv-1',
        }),
      ],
      'any',
    );
  });

  it("is read from the year's books that hold it, with the id of the event that recorded it", async () => {
    expect(await findPayoutRecord(store, FUND, 'p-new', '2025-12-01')).toEqual({
      payoutId: 'p-new',
      claimId: 'c-p-new',
      memberId: 'm-1',
      amount: '300.00',
      paidOn: '2025-11-02',
      eventId: '01900000-0000-7000-8000-000000002569',
      reversed: false,
    });
  });

  it('is found years back, past a year with no books, and reads as reversed when a later year reversed it', async () => {
    expect(await findPayoutRecord(store, FUND, 'p-old', '2025-12-01')).toMatchObject({
      eventId: '01900000-0000-7000-8000-000000002567',
      reversed: true,
    });
  });

  it('an unknown payout is refused with payout.not-found and a Thai message', async () => {
    await expect(findPayoutRecord(store, FUND, 'p-none', '2025-12-01')).rejects.toMatchObject({
      code: 'payout.not-found',
      messageTh: 'ไม่พบรายการจ่ายเงินนี้',
    });
  });
});
