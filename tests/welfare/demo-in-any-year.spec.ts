import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { DEMO_FUND_ID, demoActors, loadDemo } from '@kongthun/embedded';
import { dateOfInstant, lapsedByRule, rulesInForceOn } from '@kongthun/welfare-domain';
import { FundCommandHandler } from '@kongthun/welfare-service';
import { Money } from '@kongthun/kernel';
import { foldFund } from '../support/fund-log';

const NEIGHBOUR_FUND_ID = 'phuket-wichit';

/** The demo is dated from the day it is loaded: loaded two years from now, it still has active members. */
describe('the demo in any year', () => {
  const future = new Date(Date.now() + 2 * 365 * 24 * 60 * 60 * 1000);
  const today = dateOfInstant(future.toISOString());
  let store: SqlEventStore;
  let handler: FundCommandHandler;

  beforeAll(async () => {
    store = await SqlEventStore.open(await PgliteSqlClient.open('memory://'));
    handler = new FundCommandHandler(store, () => future);
    expect((await loadDemo(handler, 'demo-test-citizen-key')).created).toBe(true);
  });
  afterAll(() => store.close());

  it('loaded two years from now, every member is active and none is lapsed by rule', async () => {
    for (const fundId of [DEMO_FUND_ID, NEIGHBOUR_FUND_ID]) {
      const fund = await foldFund(store, fundId);
      const rules = rulesInForceOn(fund.rules, today);
      const members = [...fund.members.values()];
      expect(members.length).toBeGreaterThan(0);
      for (const member of members) {
        expect([member.memberId, member.status, lapsedByRule(member, rules.lapse.missedMonths, today)]).toEqual([
          member.memberId,
          'active',
          false,
        ]);
      }
    }
    expect(await handler.execute(DEMO_FUND_ID, demoActors.malee, { type: 'ApplyLapses', data: {} })).toEqual([]);
  });

  it('has its claims in every state, dated before the day it was loaded', async () => {
    const fund = await foldFund(store, DEMO_FUND_ID);
    const claims = Object.fromEntries([...fund.claims.values()].map((claim) => [claim.claimId, claim.status]));
    expect(claims).toEqual({ 'c-001': 'paid', 'c-002': 'approved', 'c-003': 'submitted', 'c-004': 'rejected', 'c-005': 'approved' });
    for (const claim of fund.claims.values()) expect(claim.eventDate < today).toBe(true);
    expect(fund.payouts.get('p-005')?.reversed).toBe(true);
    // The cross-fund red flag: the same nights in hospital claimed from both funds.
    const neighbour = await foldFund(store, NEIGHBOUR_FUND_ID);
    expect(neighbour.claims.get('wc-031')?.eventDate).toBe(fund.claims.get('c-001')?.eventDate);
  });

  it('a member can pay this month and claim, as the walk-through does', async () => {
    const [recorded] = await handler.execute(DEMO_FUND_ID, demoActors.malee, {
      type: 'RecordContribution',
      data: {
        contributionId: 'ct-now',
        memberId: 'm-006',
        months: 1,
        amount: Money.parse('30.00'),
        receivedOn: today,
        receiptRef: 'rc-now',
      },
    });
    expect(recorded.type).toBe('welfare.contribution.recorded');
  });
});
