import { INestApplication, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { fold, InMemoryEventStore, LogEntry, ReadAllOptions } from '@kongthun/event-sourcing';
import { AuthModule, RefusalExceptionFilter, TokenIssuer } from '@kongthun/http';
import { Money } from '@kongthun/kernel';
import { fundDecider, RegisteredFund } from '@kongthun/welfare-domain';
import { FundCommandHandler } from './commands/fund-command-handler';
import { fundEventCodec } from './commands/fund-event-codec';
import { SAMPLE_FUND_ID, sampleFundHistory } from './projections/testing/sample-fund-history';
import { fundOverview } from './queries/fund-views';
import { WelfareQueriesModule } from './welfare-queries.module';

/** A log that answers reads late, so the projection following it lags every write by that much. */
class SlowLog extends InMemoryEventStore {
  override async readAll(options: ReadAllOptions): Promise<LogEntry[]> {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return super.readAll(options);
  }
}

describe('the welfare views in the embedded host: in memory, following the event log', () => {
  let store: SlowLog;
  let app: INestApplication;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    store = new SlowLog();
    await sampleFundHistory(store);
    @Module({
      imports: [AuthModule.forRoot({ secret: 'views-test-secret-views-test-secret' }), WelfareQueriesModule.followingEventLog(store)],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    })
    class ViewsTestApp {}
    app = (await Test.createTestingModule({ imports: [ViewsTestApp] }).compile()).createNestApplication({ logger: false });
    await app.init();
    const issuer = app.get(TokenIssuer);
    tokens.auditor = await issuer.issue({ userId: 'auditor', role: 'auditor', scope: { province: '83' } });
    tokens.outsider = await issuer.issue({ userId: 'x', role: 'treasurer', scope: { funds: ['other-fund'] } });
  });
  afterAll(() => app.close());

  const get = (path: string, as = 'auditor') =>
    request(app.getHttpServer()).get(`/api/welfare/funds/${path}`).set('authorization', `Bearer ${tokens[as]}`);
  /** Every event of the fund, from all of its streams, in log order. */
  const folded = async () =>
    fold(
      fundDecider,
      (await store.readAll({ maxCount: 100_000 }))
        .map((entry) => fundEventCodec.decode(entry.event))
        .filter((event) => (event.data as { fundId?: string }).fundId === SAMPLE_FUND_ID),
    ) as RegisteredFund;

  it('rebuilds the views from the log before it serves the first request', async () => {
    const overview = await get(SAMPLE_FUND_ID).expect(200);
    expect(overview.body).toEqual(fundOverview(await folded()));
  });

  it('answers a read right after a write with the write in it, although the projection lags', async () => {
    await new FundCommandHandler(store).execute(
      SAMPLE_FUND_ID,
      { userId: 'malee', role: 'treasurer', scope: { funds: [SAMPLE_FUND_ID] } },
      {
        type: 'RecordMatchingFunds',
        data: {
          matchingId: 'mt-late',
          source: 'other',
          sourceName: 'มูลนิธิ',
          fiscalYear: 2568,
          amount: Money.parse('123.00'),
          receivedOn: '2025-01-10',
          documentRef: 'd-late',
        },
      },
    );
    const overview = await get(SAMPLE_FUND_ID).expect(200);
    expect(overview.body.receivedBySource.other).toBe('123.00');
    expect(overview.body).toEqual(fundOverview(await folded()));
  });

  it.each([
    ['an unknown fund', 'no-such-fund', 'auditor', 404, 'fund.not-found'],
    ['an unknown member', `${SAMPLE_FUND_ID}/members/m-404/statement`, 'auditor', 404, 'member.not-found'],
    ["a fund outside the reader's scope", `${SAMPLE_FUND_ID}/claims/awaiting-approval`, 'outsider', 403, 'auth.out-of-scope'],
    [
      "a fund outside the reader's scope, before saying whether a member exists",
      `${SAMPLE_FUND_ID}/members/m-404/statement`,
      'outsider',
      403,
      'auth.out-of-scope',
    ],
  ])('refuses %s, as the per-request views did', async (_what, path, as, status, code) => {
    const response = await get(path, as).expect(status);
    expect(response.body.code).toBe(code);
  });
});
