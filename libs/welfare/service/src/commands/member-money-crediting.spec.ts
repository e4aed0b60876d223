import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { booksStreamId } from '@kongthun/welfare-domain';
import { COMMITTEE, rulesV1, TREASURER } from '@kongthun/welfare-domain/testing';
import { FundCommandHandler } from './fund-command-handler';

const FUND = 'credit-fund';
const admin: AuthenticatedActor = { userId: 'admin', role: 'admin', scope: {} };
const treasurer: AuthenticatedActor = { userId: TREASURER, role: 'treasurer', scope: { funds: [FUND] } };

describe('member money credited to the books, and the year-end close', () => {
  let clock = new Date('2024-03-20T05:00:00Z');
  const store = new InMemoryEventStore();
  const handler = new FundCommandHandler(store, () => clock);
  const job = () => handler.crediting.credit(FUND, { now: clock.toISOString(), actor: { userId: 'system', role: 'admin' } });
  const books = async (year: number) => (await store.readStream(booksStreamId(FUND, year))).map((event) => [event.type, event.data]);

  beforeAll(async () => {
    await handler.execute(FUND, admin, {
      type: 'RegisterFund',
      data: { fundId: FUND, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2023-01-02', committee: COMMITTEE, rules: rulesV1() },
    });
    await handler.execute(FUND, treasurer, {
      type: 'EnrolMember',
      data: {
        memberId: 'm-1',
        citizenIdHash: 'hmac-m-1',
        personalDataRef: 'pd-m-1',
        planId: 'one-baht-a-day',
        beneficiary: { personalDataRef: 'pd-b', citizenIdHash: null, relationship: 'คู่สมรส' },
        enrolledOn: '2023-01-02',
        joiningFee: Money.ofBaht(10),
      },
    });
    await handler.execute(FUND, treasurer, {
      type: 'RecordContribution',
      data: {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: Money.ofBaht(360),
        receivedOn: '2023-01-05',
        receiptRef: 'rc-1',
      },
    });
  });

  it('credits the joining fee and contributions once: a second run finds nothing after the first', async () => {
    expect(await job()).toBe(2);
    expect(await job()).toBe(0);
    const events = await books(2567);
    expect(events.map(([type]) => type)).toEqual(['welfare.books.opened', 'welfare.books.member-money-credited']);
    expect(events[1][1]).toMatchObject({ amount: '370.00', count: 2, after: null });
  });

  it('the first run of a new fiscal year closes the last with totals its own events add up to, and opens the next with them', async () => {
    await handler.execute(FUND, treasurer, {
      type: 'RecordMatchingFunds',
      data: {
        matchingId: 'mf-1',
        source: 'codi',
        sourceName: 'พอช.',
        fiscalYear: 2567,
        amount: Money.ofBaht(500),
        receivedOn: '2024-03-20',
        documentRef: 'd',
      },
    });
    clock = new Date('2024-10-02T05:00:00Z');
    expect(await job()).toBe(0);
    const closed = (await books(2567)).at(-1);
    const totals = {
      receivedBySource: { members: '370.00', codi: '500.00', 'local-government': '0.00', other: '0.00' },
      benefitsPaid: '0.00',
      adminSpent: '0.00',
      balance: '870.00',
    };
    expect(closed).toEqual(['welfare.books.closed', expect.objectContaining({ fiscalYear: 2567, totals })]);
    expect(await books(2568)).toEqual([['welfare.books.opened', expect.objectContaining({ fiscalYear: 2568, carried: totals })]]);
  });
});
