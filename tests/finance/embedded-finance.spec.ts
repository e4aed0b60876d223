import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { TokenIssuer } from '@kongthun/http';
import { FundCommandHandler, PersonalDataVault } from '@kongthun/welfare-service';
import { createEmbeddedApp, EmbeddedAudit, EmbeddedFinance, loadDemo, openEmbeddedAudit, openEmbeddedFinance } from '@kongthun/embedded';

/**
 * The embedded host with provincial finance fed from the in-process bus: the demo fund's money,
 * as welfare publishes it in the money contract, shows in the provincial books, and agrees with
 * the auditor's own replay of the same messages (two readers of the contract, written apart).
 */
describe('provincial finance in the embedded host', () => {
  let app: INestApplication;
  let audit: EmbeddedAudit;
  let finance: EmbeddedFinance;
  let sql: PgliteSqlClient;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    const store = await SqlEventStore.open(sql);
    audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: 'citizen-key-for-tests-only' });
    finance = await openEmbeddedFinance({ bus: audit.bus });
    app = await createEmbeddedApp({
      store,
      publishers: audit.publishers,
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
      audit: audit.module,
      finance: finance.module,
      lapseIntervalMs: 0,
    });
    await app.init();
    await finance.start();
    await audit.start(app);
    await loadDemo(app.get(FundCommandHandler), 'citizen-key-for-tests-only', app.get(PersonalDataVault));
    const issuer = app.get(TokenIssuer);
    tokens.phuket = `Bearer ${await issuer.issue({ userId: 'pf-83', role: 'provincial-finance', scope: { province: '83' } })}`;
    tokens.saraburi = `Bearer ${await issuer.issue({ userId: 'pf-19', role: 'provincial-finance', scope: { province: '19' } })}`;
    tokens.auditor = `Bearer ${await issuer.issue({ userId: 'a', role: 'auditor', scope: { national: true } })}`;
  }, 180_000);
  afterAll(async () => {
    await audit.stop();
    await finance.stop();
    await app.close();
    await sql.close();
  });

  it("the demo fund's money in, commitments and payouts agree with the auditor's replay", async () => {
    const server = app.getHttpServer();
    const deadline = Date.now() + 60_000;
    let seen: unknown;
    for (;;) {
      const books = await request(server).get('/api/audit/funds/phuket-talat-yai/replay').set('authorization', tokens.auditor);
      const totals = await request(server)
        .get('/api/finance/totals?programme=welfare&unitId=phuket-talat-yai')
        .set('authorization', tokens.phuket);
      if (books.status === 200 && totals.status === 200) {
        const ours = totals.body.groups[0].totals;
        const theirs = books.body.books ?? books.body;
        seen = { ours, theirs: { moneyIn: theirs.moneyIn, committed: theirs.committed, disbursed: theirs.disbursed } };
        if (
          theirs.moneyIn.total !== '0.00' &&
          ours.moneyIn === theirs.moneyIn.total &&
          ours.committed === theirs.committed &&
          ours.disbursed === theirs.disbursed.total &&
          Object.entries(theirs.moneyIn.bySource as Record<string, string>).every(
            ([source, amount]) => ours.moneyInBySource[source] === amount,
          )
        )
          break;
      }
      if (Date.now() > deadline) throw new Error(`finance and audit never agreed: ${JSON.stringify(seen)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }, 90_000);

  it('Phuket finance sees the Phuket fund; Saraburi finance is refused it', async () => {
    const server = app.getHttpServer();
    const { body } = await request(server).get('/api/finance/totals?groupBy=subdistrict').set('authorization', tokens.phuket).expect(200);
    expect(body.groups.map((group: { key: { subdistrict: string } }) => group.key.subdistrict)).toContain('830101');
    await request(server).get('/api/finance/totals?area=83').set('authorization', tokens.saraburi).expect(403);
  });

  it('the OpenAPI document gives every finance route an example answer and documents every refusal it can give', async () => {
    const { body: docs } = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    type Operation = {
      responses: Record<
        string,
        { content?: Record<string, { example?: unknown; examples?: Record<string, { value: { code: string } }> }> }
      >;
    };
    const operations = Object.entries(docs.paths as Record<string, Record<string, Operation>>)
      .filter(([path]) => path.startsWith('/api/finance'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })));
    expect(operations.map((o) => o.name).sort()).toEqual([
      'get /api/finance/api-keys',
      'get /api/finance/disbursements',
      'get /api/finance/exports/disbursements',
      'get /api/finance/exports/totals',
      'get /api/finance/reports/codi-fund-status',
      'get /api/finance/totals',
      'post /api/finance/api-keys',
      'post /api/finance/api-keys/{keyId}/revocation',
    ]);
    const documented = new Set<string>();
    for (const { name, operation } of operations) {
      expect({ name, statuses: Object.keys(operation.responses).filter((s) => ['401', '403'].includes(s)) }).toEqual({
        name,
        statuses: ['401', '403'],
      });
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = Object.values(response.content ?? {});
        if (status.startsWith('4')) {
          const examples = media.flatMap((m) => Object.values(m.examples ?? {}));
          expect({ name, status, examples: examples.length > 0 }).toEqual({ name, status, examples: true });
          for (const example of examples) {
            expect(example.value).toMatchObject({ code: expect.any(String), message: expect.any(String), messageTh: expect.any(String) });
            documented.add(example.value.code);
          }
        }
      }
      const ok = operation.responses['200'] ?? operation.responses['201'];
      expect({
        name,
        example: Object.values(ok.content ?? {}).some((m) => m.example !== undefined || name.includes('export') || name.includes('report')),
      }).toEqual({ name, example: true });
    }
    for (const code of [
      'finance.invalid-filter',
      'finance.invalid-group-by',
      'finance.invalid-limit',
      'finance.invalid-cursor',
      'finance.invalid-format',
      'finance.api-key.invalid',
      'finance.api-key.not-found',
      'finance.api-key.already-revoked',
      'finance.fund.not-found',
      'auth.out-of-scope',
    ])
      expect(documented).toContain(code);
    expect(Object.keys(docs.components.securitySchemes)).toContain('finance-api-key');
  });
});
