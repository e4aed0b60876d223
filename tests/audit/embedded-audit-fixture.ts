import { RedFlagConfig } from '@kongthun/audit-red-flags';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import {
  createEmbeddedApp,
  demoCitizenId,
  demoRules,
  EmbeddedAudit,
  EmbeddedFinance,
  openEmbeddedAudit,
  openEmbeddedFinance,
} from '@kongthun/embedded';
import { dateOfInstant } from '@kongthun/welfare-domain';

/** Approvals are recorded as of now, and a payout may not be dated before its approval. */
const today = dateOfInstant(new Date().toISOString());

export const FUNDS = ['rassada', 'wichit'];

/**
 * The embedded host with the audit service, two funds sharing a committee, and tokens; with
 * `finance`, provincial finance too, fed from the same bus.
 */
export const startEmbeddedWithAudit = async (options: { finance?: boolean; redFlags?: RedFlagConfig } = {}) => {
  const sql = await PgliteSqlClient.open('memory://');
  const store = await SqlEventStore.open(sql);
  const audit: EmbeddedAudit = await openEmbeddedAudit({
    store,
    signEveryMs: 0,
    checkEveryMs: 0,
    hashKey: 'citizen-key-for-tests-only',
    redFlags: options.redFlags,
  });
  const finance: EmbeddedFinance | undefined = options.finance ? await openEmbeddedFinance({ bus: audit.bus }) : undefined;
  const app: INestApplication = await createEmbeddedApp({
    store,
    publishers: audit.publishers,
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
    audit: audit.module,
    finance: finance?.module,
  });
  await app.init();
  await finance?.start();
  await audit.start(app);
  const issuer = app.get(TokenIssuer);
  const scope = { funds: FUNDS };
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'admin', role: 'admin', scope: {} },
    chair: { userId: 'somchai', role: 'committee', scope },
    treasurer: { userId: 'malee', role: 'treasurer', scope },
    prasert: { userId: 'prasert', role: 'committee', scope },
    // National: an area-scoped auditor sees only what the money contract places in their areas (tests/audit/scoped-audit.spec.ts).
    auditor: { userId: 'auditor-national', role: 'auditor', scope: { national: true } },
    finance: { userId: 'finance-phuket', role: 'provincial-finance', scope: { province: '83' } },
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  const server = app.getHttpServer();
  const post = (path: string, as: string, body: object = {}) => request(server).post(path).set('authorization', tokens[as]).send(body);
  const get = (path: string, as: string) => request(server).get(path).set('authorization', tokens[as]);

  for (const [n, fundId] of FUNDS.entries()) {
    await post('/api/welfare/funds', 'admin', {
      fundId,
      name: `กองทุนสวัสดิการชุมชนทดสอบ ${fundId}`,
      areaCode: `83010${5 + n}`,
      foundedOn: '2024-01-05',
      rules: demoRules,
      committee: [
        { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
        { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
        { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
      ],
    }).expect(201);
  }

  /** Waits until the ledger holds every event the services' store holds. */
  const ledgerCaughtUp = async () => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const stored = (await store.readAll({ maxCount: 100_000 })).length;
      if ((await audit.module.ledger.size()) >= stored) return stored;
      if (Date.now() > deadline) throw new Error(`ledger behind: ${await audit.module.ledger.size()} of ${stored}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const close = async () => {
    await audit.stop();
    await finance?.stop();
    await app.close();
    await store.close();
  };
  return { app, sql, store, audit, post, get, ledgerCaughtUp, close };
};

/** One member, enrolled, paid up for a year, with a sickness claim approved and paid. */
export const paidSicknessClaim = async (
  post: (path: string, as: string, body?: object) => request.Test,
  fundId: string,
  citizenNumber: number,
  claim: { claimId: string; eventDate: string; nights: number; amount: string; words: string },
) => {
  const base = `/api/welfare/funds/${fundId}`;
  await post(`${base}/members`, 'treasurer', {
    memberId: 'm-1',
    citizenId: demoCitizenId(citizenNumber),
    name: 'นางสมศรี มีสุข',
    phone: '081-234-5678',
    planId: 'baht-a-day',
    enrolledOn: '2024-02-01',
    joiningFee: '10.00',
    beneficiary: { name: 'เด็กชายก้อง มีสุข', phone: null, citizenId: null, relationship: 'บุตร' },
  }).expect(201);
  await post(`${base}/contributions`, 'treasurer', {
    contributionId: 'ct-1',
    memberId: 'm-1',
    months: 12,
    amount: '360.00',
    receivedOn: '2024-02-01',
    receiptRef: 'r-1',
  }).expect(201);
  await post(`${base}/claims`, 'treasurer', {
    claimId: claim.claimId,
    memberId: 'm-1',
    benefit: 'sickness',
    eventDate: claim.eventDate,
    hospitalNights: claim.nights,
    evidenceRefs: ['med-cert-1'],
    amountFigures: claim.amount,
    amountWords: claim.words,
  }).expect(201);
  await post(`${base}/claims/${claim.claimId}/approvals`, 'chair').expect(201);
  await post(`${base}/claims/${claim.claimId}/approvals`, 'prasert').expect(201);
  const payout = await post(`${base}/claims/${claim.claimId}/payout`, 'treasurer', {
    payoutId: `p-${claim.claimId}`,
    method: 'cash',
    reference: 'PV-12',
    paidOn: today,
  });
  if (payout.status !== 201) throw new Error(`payout refused: ${JSON.stringify(payout.body)}`);
};
