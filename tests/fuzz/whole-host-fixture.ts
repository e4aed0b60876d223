import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import {
  createEmbeddedApp,
  EmbeddedAppOptions,
  demoCitizenId,
  demoRules,
  openEmbeddedAudit,
  openEmbeddedFinance,
} from '@kongthun/embedded';
import { FundCommitteeUsers } from '@kongthun/identity-service';
import { WORLD } from './world';

/**
 * Every module of the embedded host (welfare, grants, relief, identity, audit, provincial finance) on
 * PGlite, as `npm start` runs it, with a small world for commands to meet. The audit's and finance's
 * consumers are not started: nothing writes to their stores but their own routes, so a refusal can
 * be checked to have written nothing there either.
 */
export const startWholeHost = async () => {
  const sql = await PgliteSqlClient.open('memory://');
  const store = await SqlEventStore.open(sql);
  const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0, hashKey: 'citizen-key-for-tests-only' });
  const finance = await openEmbeddedFinance({ bus: audit.bus });
  const hostOptions = {
    store,
    publishers: [],
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
    lapseIntervalMs: 0,
    serviceData: { sql, personalDataKey: 'personal-data-master-key-for-tests-only' },
    audit: audit.module,
    finance: finance.module,
  } satisfies EmbeddedAppOptions;
  const app: INestApplication = await createEmbeddedApp(hostOptions);
  await app.init();
  const issuer = app.get(TokenIssuer);
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'admin', role: 'admin', scope: {} },
    chair: { userId: 'somchai', role: 'committee', scope: { funds: [WORLD.fund], programmes: [WORLD.programme], areas: ['86'] } },
    treasurer: { userId: 'malee', role: 'treasurer', scope: { funds: [WORLD.fund] } },
    grantsOfficer: { userId: 'sb-officer', role: 'grants-officer', scope: { areas: ['19'] } },
    reliefOfficer: { userId: 'cp-officer', role: 'relief-officer', scope: { areas: ['86'] } },
    auditor: { userId: 'auditor', role: 'auditor', scope: { national: true } },
    prasert: { userId: 'prasert', role: 'committee', scope: { funds: [WORLD.fund] } },
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  const post = (path: string, as: string, body: object = {}) =>
    request(app.getHttpServer()).post(path).set('authorization', tokens[as]).send(body);

  const count = async (client: { query: PgliteSqlClient['query'] }, table: string) =>
    (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
  /**
   * Whatever a command may write outside the services' log: personal data and its keys, user
   * accounts, the audit's own events (cases) and provincial finance's API keys.
   */
  const storesOutsideTheLog = async () => ({
    personalData: await count(sql, 'personal_data.records'),
    dataKeys: await count(sql, 'personal_data.data_keys'),
    accounts: await count(sql, 'kongthun.identity_accounts'),
    auditEvents: (await audit.module.store.readAll({ maxCount: 100_000 })).length,
    apiKeys: await count(finance.module.store.sql, `${finance.module.store.schema}.api_keys`),
  });
  /** Until the processes that follow the log (a fund's committee users) have caught up. */
  const settled = () => app.get(FundCommitteeUsers).follower.settled();

  /**
   * A second host over the same log, started after the fact: its views are built afresh from the
   * first event, as `npm start` builds them at every boot, so what it answers comes from the log
   * alone. It shares what is kept outside the log on purpose (personal data, accounts, idempotency
   * records, the audit's ledger and cases, finance's API keys): not events, so no replay rebuilds them.
   */
  const rebuiltFromTheLog = async () => {
    const replayed: INestApplication = await createEmbeddedApp(hostOptions);
    await replayed.init();
    // Its committee-user follower reads the whole log too; it must find every user already there.
    await replayed.get(FundCommitteeUsers).follower.settled();
    return replayed;
  };

  await buildWorld(post);
  await settled();

  const close = async () => {
    await app.close();
    await audit.stop();
    await finance.stop();
    await store.close();
  };
  return { app, sql, store, auditStore: audit.module.store, actors, tokens, post, storesOutsideTheLog, settled, rebuiltFromTheLog, close };
};

type Post = (path: string, as: string, body?: object) => request.Test;

/** A fund with a member and an approved claim, a grant programme with a budget and a proposal, a declared disaster with a household. */
const buildWorld = async (post: Post) => {
  const { fund, programme, declaration } = WORLD;
  const welfare = `/api/welfare/funds/${fund}`;
  await post('/api/welfare/funds', 'admin', {
    fundId: fund,
    name: 'กองทุนสวัสดิการชุมชนทดสอบ',
    areaCode: '830105',
    foundedOn: '2024-01-05',
    rules: demoRules,
    committee: [
      { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
      { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
      { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
      { userId: 'wanida', role: 'member', citizenId: demoCitizenId(904), personalDataRef: 'pd-4' },
    ],
  }).expect(201);
  // m-1 pays and claims; m-3, m-4 and m-5 are there to die, resign and be erased without ending m-1's membership.
  for (const [memberId, n] of [
    ['m-1', 1],
    ['m-3', 3],
    ['m-4', 4],
    ['m-5', 5],
  ] as const)
    await post(`${welfare}/members`, 'treasurer', { ...WORLD.enrolment, memberId, citizenId: demoCitizenId(n) }).expect(201);
  // Three years paid ahead, so that m-1 has not lapsed whenever the test runs (until 2027); m-4 pays a quarter.
  for (const [contributionId, memberId, months, amount] of [
    ['ct-1', 'm-1', 12, '360.00'],
    ['ct-2', 'm-1', 12, '360.00'],
    ['ct-3', 'm-1', 12, '360.00'],
    ['ct-4', 'm-4', 3, '90.00'],
  ] as const)
    await post(`${welfare}/contributions`, 'treasurer', {
      contributionId,
      memberId,
      months,
      amount,
      receivedOn: '2024-02-01',
      receiptRef: `r-${contributionId}`,
    }).expect(201);
  // c-1 approved (to be paid), c-2 awaiting approval, c-3 to be rejected.
  await post(`${welfare}/claims`, 'treasurer', WORLD.claim('c-1')).expect(201);
  await post(`${welfare}/claims`, 'treasurer', { ...WORLD.claim('c-2'), eventDate: '2024-10-10' }).expect(201);
  await post(`${welfare}/claims`, 'treasurer', { ...WORLD.claim('c-3'), eventDate: '2024-11-10' }).expect(201);
  await post(`${welfare}/claims/c-1/approvals`, 'chair').expect(201);
  await post(`${welfare}/claims/c-1/approvals`, 'prasert').expect(201);

  await post('/api/grants/programmes', 'admin', WORLD.programmeRegistration).expect(201);
  await post(`/api/grants/programmes/${programme}/budgets`, 'admin', { fiscalYear: 2566, openedOn: '2022-10-01' }).expect(201);
  await post(`/api/grants/programmes/${programme}/budgets/2566/allocations`, 'admin', WORLD.allocation).expect(201);
  await post('/api/grants/organisations', 'admin', WORLD.organisation).expect(201);
  await post('/api/grants/projects', 'admin', WORLD.proposal('pj-1')).expect(201);
  await post('/api/grants/projects', 'admin', WORLD.proposal('pj-3')).expect(201);

  await post('/api/relief/declarations', 'admin', WORLD.declarationBody).expect(201);
  await post(`/api/relief/declarations/${declaration}/households`, 'admin', WORLD.household).expect(201);
};
