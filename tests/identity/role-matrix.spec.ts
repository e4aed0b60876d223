import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import {
  createEmbeddedApp,
  demoCitizenId,
  demoRules,
  EmbeddedAudit,
  EmbeddedFinance,
  openEmbeddedAudit,
  openEmbeddedFinance,
} from '@kongthun/embedded';
import { ROLES, TokenIssuer } from '@kongthun/http';
import {
  discoverRoutes,
  isAllowed,
  ROLE_MATRIX_END,
  ROLE_MATRIX_START,
  roleMatrixMarkdown,
  RoutePermission,
} from '@kongthun/identity-service';

const FUND = 'matrix-fund';
/** Whom each role's token names: the committee's is the fund's chair, so chair-only routes are reachable. */
const USER_OF: Record<string, string> = { committee: 'somchai', treasurer: 'malee' };
/** Wide enough that no allowed call is refused for scope: the matrix is about roles. */
const WIDE_SCOPE = { funds: [FUND], areas: ['83'], programmes: ['p-1'], national: true };
const PARAMS: Record<string, string> = { fundId: FUND, memberId: 'm-1', userId: 'nobody' };
const concrete = (path: string) => path.replace(/:(\w+)/g, (_, name: string) => PARAMS[name] ?? 'x');

/** Issue 11's role matrix: every route × every role, called over HTTP on the embedded host. */
describe('the role matrix', () => {
  let app: INestApplication;
  let audit: EmbeddedAudit;
  let finance: EmbeddedFinance;
  let routes: RoutePermission[];
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    const store = new InMemoryEventStore();
    audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: 'citizen-key-for-tests-only' });
    finance = await openEmbeddedFinance({ bus: audit.bus });
    app = await createEmbeddedApp({
      store,
      publishers: audit.publishers,
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
      audit: audit.module,
      lapseIntervalMs: 0,
      finance: finance.module,
    });
    await app.init();
    const issuer = app.get(TokenIssuer);
    for (const role of ROLES)
      tokens[role] = `Bearer ${await issuer.issue({ userId: USER_OF[role] ?? `${role}-user`, role, scope: WIDE_SCOPE })}`;
    await request(app.getHttpServer())
      .post('/api/welfare/funds')
      .set('authorization', tokens.admin)
      .send({
        fundId: FUND,
        name: 'กองทุนทดสอบสิทธิ์',
        areaCode: '830101',
        foundedOn: '2024-01-05',
        rules: demoRules,
        committee: [
          { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
          { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
          { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
        ],
      })
      .expect(201);
    routes = discoverRoutes(app);
    // Starting the host (PGlite, the audit's ledger) takes seconds more on a busy CI machine.
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await audit.stop();
    await finance.stop();
  });

  it('finds every controller route, those of every module', () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['POST /api/welfare/funds', 'GET /api/audit/findings', 'POST /api/auth/login', 'GET /api/identity/users']),
    );
    expect(routes.length).toBeGreaterThan(50);
  });

  it('is the table in the README (regenerate: npm run kongthun -- role-matrix --write)', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(ROLE_MATRIX_START) + ROLE_MATRIX_START.length, readme.indexOf(ROLE_MATRIX_END)).trim();
    expect(section).toBe(roleMatrixMarkdown(routes));
  });

  it('holds for every cell: an allowed role is never answered 401 or 403, a refused one always 403 auth.forbidden', async () => {
    const server = app.getHttpServer();
    const wrong: string[] = [];
    for (const route of routes) {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      for (const role of ROLES) {
        const call = request(server)[method](concrete(route.path));
        const response = await (route.public ? call : call.set('authorization', tokens[role])).send({});
        const allowed = isAllowed(route, role);
        const ok = allowed
          ? response.status !== 401 && response.status !== 403
          : response.status === 403 && response.body.code === 'auth.forbidden';
        if (!ok)
          wrong.push(
            `${route.method} ${route.path} as ${role}: expected ${allowed ? 'allowed' : 'refused'}, got ${response.status} ${response.body.code}`,
          );
      }
    }
    expect(wrong).toEqual([]);
    expect(routes.length * ROLES.length).toBeGreaterThan(400);
  });
});
