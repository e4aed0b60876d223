import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { AuthModule, OidcOptions, oidcOptionsFromEnv, RefusalExceptionFilter, TokenIssuer } from '@kongthun/http';
import { startOidcProvider } from '@kongthun/testing';
import { FinanceModule } from './finance.module';
import { FinanceStore } from './store/finance-store';
import { saraburiAndPhuket } from './testing/saraburi-and-phuket';

/**
 * Finance reads go through the host's one token guard: a token from the OpenID Connect provider
 * is taken as on every other route, and the API keys finance adds still work beside it.
 */
describe('provincial finance reads with a token from the OpenID Connect provider', () => {
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: INestApplication;
  let sql: PgliteSqlClient;
  let saraburiKey: string;
  const fromProvider = (role: string, scope: object) =>
    provider.sign({
      sub: 'uuid-1',
      preferred_username: 'pf-saraburi',
      realm_access: { roles: [`kongthun-${role}`] },
      kongthun_scope: scope,
    });

  beforeAll(async () => {
    provider = await startOidcProvider();
    sql = await PgliteSqlClient.open('memory://');
    const store = await FinanceStore.open(sql);
    await store.apply(saraburiAndPhuket());
    const moduleRef = await Test.createTestingModule({
      imports: [
        AuthModule.forRoot({ secret: 'finance-test-secret', oidc: oidcOptionsFromEnv(provider.env) as OidcOptions }),
        FinanceModule.register({ store }),
      ],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const admin = await moduleRef.get(TokenIssuer).issue({ userId: 'admin-1', role: 'admin', scope: {} });
    const created = await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${admin}`)
      .send({ name: 'ระบบบัญชี สนง.คลังจังหวัดสระบุรี', area: '19' })
      .expect(201);
    saraburiKey = created.body.key;
  });
  afterAll(async () => {
    await app.close();
    await sql.close();
    await provider.close();
  });

  const totals = (query = 'groupBy=province') => request(app.getHttpServer()).get(`/api/finance/totals?${query}`);
  const provincesIn = (body: { groups: { key: { province: string } }[] }) => body.groups.map((group) => group.key.province);

  it("a provincial-finance officer's provider token reads their province's totals, and only theirs", async () => {
    const token = fromProvider('provincial-finance', { areas: ['19'] });
    const { body } = await totals().set('authorization', `Bearer ${token}`).expect(200);
    expect(provincesIn(body)).toEqual(['19']);
    const refused = await totals('area=83').set('authorization', `Bearer ${token}`);
    expect([refused.status, refused.body.code]).toEqual([403, 'auth.out-of-scope']);
  });

  it('a provider token of another role is refused 403 auth.forbidden, a forged one 401 auth.invalid-token', async () => {
    const treasurer = await totals().set('authorization', `Bearer ${fromProvider('treasurer', { funds: ['f-1'] })}`);
    expect([treasurer.status, treasurer.body.code]).toEqual([403, 'auth.forbidden']);
    const forged = provider.forge({ sub: 'x', preferred_username: 'x', realm_access: { roles: ['kongthun-admin'] } });
    const refused = await totals().set('authorization', `Bearer ${forged}`);
    expect([refused.status, refused.body.code]).toEqual([401, 'auth.invalid-token']);
  });

  it('an API key still reads beside it, and a request with neither is told it needs a token or a key', async () => {
    expect(provincesIn((await totals().set('x-api-key', saraburiKey).expect(200)).body)).toEqual(['19']);
    expect(provincesIn((await totals().set('authorization', `ApiKey ${saraburiKey}`).expect(200)).body)).toEqual(['19']);
    const bare = await totals();
    expect([bare.status, bare.body.code, bare.body.message]).toEqual([
      401,
      'auth.missing-token',
      'A bearer token or an API key is required',
    ]);
  });
});
