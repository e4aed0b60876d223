import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp, demoCitizenId, demoRules } from '@kongthun/embedded';
import { fundEvents } from '../support/fund-log';

/**
 * The embedded host as `npm start` builds it (PGlite with the SQL idempotency and personal-data
 * stores), a registered fund, and tokens for its committee, an auditor and outsiders.
 */
export const startEmbeddedFund = async (fundId: string) => {
  const sql = await PgliteSqlClient.open('memory://');
  const store = await SqlEventStore.open(sql);
  const app: INestApplication = await createEmbeddedApp({
    store,
    publishers: [],
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
    serviceData: { sql, personalDataKey: 'personal-data-master-key-for-tests-only' },
  });
  await app.init();
  const issuer = app.get(TokenIssuer);
  const scope = { funds: [fundId] };
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'admin', role: 'admin', scope: {} },
    chair: { userId: 'somchai', role: 'committee', scope },
    treasurer: { userId: 'malee', role: 'treasurer', scope },
    prasert: { userId: 'prasert', role: 'committee', scope },
    auditor: { userId: 'auditor-phuket', role: 'auditor', scope: { province: '83' } },
    finance: { userId: 'finance-phuket', role: 'provincial-finance', scope: { province: '83' } },
    outsider: { userId: 'x', role: 'treasurer', scope: { funds: ['other-fund'] } },
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;

  const post = (path: string, as: string, body: object = {}, idempotencyKey?: string) => {
    const call = request(app.getHttpServer()).post(`/api/welfare/funds${path}`).set('authorization', tokens[as]);
    return (idempotencyKey === undefined ? call : call.set('idempotency-key', idempotencyKey)).send(body);
  };
  const get = (path: string, as: string) => request(app.getHttpServer()).get(`/api/welfare/funds${path}`).set('authorization', tokens[as]);
  const stream = () => fundEvents(store, fundId);

  await post('', 'admin', {
    fundId,
    name: 'กองทุนสวัสดิการชุมชนตำบลรัษฎา',
    areaCode: '830105',
    foundedOn: '2024-01-05',
    rules: demoRules,
    committee: [
      { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
      { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
      { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
    ],
  }).expect(201);

  const close = async () => {
    await app.close();
    await store.close();
  };
  return { app, sql, store, tokens, post, get, stream, close };
};

/** An enrolment request with the person's name, phone and citizen ID, as the treasurer types it. */
export const enrolment = (memberId: string, n: number, change: Record<string, unknown> = {}) => ({
  memberId,
  citizenId: demoCitizenId(n),
  name: `นางสมศรี มีสุข${n}`,
  phone: `081-234-56${String(n).padStart(2, '0')}`,
  planId: 'baht-a-day',
  enrolledOn: '2024-02-01',
  joiningFee: '10.00',
  beneficiary: { name: `เด็กชายก้อง มีสุข${n}`, phone: null, citizenId: demoCitizenId(500 + n), relationship: 'บุตร' },
  ...change,
});
