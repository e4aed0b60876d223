import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp, demoActors, demoCitizenId, demoRules } from '@kongthun/embedded';
import { dateOfInstant } from '@kongthun/welfare-domain';
import { fundEvents } from '../support/fund-log';

/** Approvals are recorded as of now, and a payout may not be dated before its approval. */
const today = dateOfInstant(new Date().toISOString());

/** The welfare API in embedded mode (PGlite, one process), driven over HTTP as a committee would. */
describe('welfare fund API (embedded)', () => {
  let app: INestApplication;
  let store: SqlEventStore;
  const tokens: Record<string, string> = {};
  const fundId = 'kathu-fund';
  const scope = { funds: [fundId] };

  beforeAll(async () => {
    store = await SqlEventStore.open(await PgliteSqlClient.open('memory://'));
    app = await createEmbeddedApp({
      store,
      publishers: [],
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
    });
    await app.init();
    const issuer = app.get(TokenIssuer);
    for (const [name, actor] of Object.entries({
      ...demoActors,
      chair: { userId: 'somchai', role: 'committee' as const, scope },
      treasurer: { userId: 'malee', role: 'treasurer' as const, scope },
      prasert: { userId: 'prasert', role: 'committee' as const, scope },
      outsider: { userId: 'x', role: 'treasurer' as const, scope: { funds: ['other-fund'] } },
    }))
      tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const post = (path: string, as: string, body: object = {}) => {
    const call = request(app.getHttpServer()).post(`/api/welfare/funds${path}`);
    return (tokens[as] ? call.set('authorization', tokens[as]) : call).send(body);
  };
  const get = (path: string, as: string) => request(app.getHttpServer()).get(`/api/welfare/funds${path}`).set('authorization', tokens[as]);
  const streamLength = async () => (await fundEvents(store, fundId)).length;

  it('walks a fund from registration to a paid claim, and the books add up', async () => {
    await post('', 'admin', {
      fundId,
      name: 'กองทุนสวัสดิการชุมชนตำบลกะทู้',
      areaCode: '830201',
      foundedOn: '2024-01-05',
      rules: demoRules,
      committee: [
        { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
        { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
        { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
      ],
    }).expect(201);
    await post(`/${fundId}/members`, 'treasurer', {
      memberId: 'm-1',
      citizenId: '1101700230708',
      name: 'นางสมศรี ใจดี',
      phone: '081-234-5678',
      planId: 'baht-a-day',
      enrolledOn: '2024-02-01',
      joiningFee: '10.00',
      beneficiary: { name: 'เด็กชายก้อง ใจดี', citizenId: null, relationship: 'บุตร' },
    }).expect(201);
    await post(`/${fundId}/contributions`, 'treasurer', {
      contributionId: 'ct-1',
      memberId: 'm-1',
      months: 12,
      amount: '360.00',
      receivedOn: '2024-02-01',
      receiptRef: 'r-1',
    }).expect(201);
    await post(`/${fundId}/matching-funds`, 'treasurer', {
      matchingId: 'mt-1',
      source: 'local-government',
      sourceName: 'อบจ.ภูเก็ต',
      fiscalYear: 2567,
      amount: '360.00',
      receivedOn: '2024-03-01',
      documentRef: 'd-1',
    }).expect(201);
    await post(`/${fundId}/claims`, 'treasurer', {
      claimId: 'c-1',
      memberId: 'm-1',
      benefit: 'sickness',
      eventDate: '2024-09-10',
      hospitalNights: 2,
      evidenceRefs: ['ev-1'],
      amountFigures: '200.00',
      amountWords: 'สองร้อยบาทถ้วน',
    }).expect(201);
    await post(`/${fundId}/claims/c-1/approvals`, 'chair').expect(201);
    const approved = await post(`/${fundId}/claims/c-1/approvals`, 'prasert').expect(201);
    expect(approved.body.events.map((e: { type: string }) => e.type)).toEqual([
      'welfare.claim.approval-recorded',
      'welfare.claim.approved',
    ]);
    await post(`/${fundId}/claims/c-1/payout`, 'treasurer', {
      payoutId: 'p-1',
      method: 'promptpay',
      reference: 'pp-1',
      paidOn: today,
      payeeAccount: '0812345678',
    }).expect(201);

    const overview = await get(`/${fundId}`, 'auditor').expect(200);
    expect(overview.body).toMatchObject({
      receivedBySource: { members: '370.00', 'local-government': '360.00' },
      benefitsPaid: '200.00',
      balance: '530.00',
      claims: { paid: 1 },
    });
    const statement = await get(`/${fundId}/members/m-1/statement`, 'treasurer').expect(200);
    expect(statement.body.claims).toEqual([
      expect.objectContaining({ claimId: 'c-1', status: 'paid', payout: { payoutId: 'p-1', reversed: false } }),
    ]);
    const [enrolled] = (await fundEvents(store, fundId)).filter((e) => e.type === 'welfare.member.enrolled');
    expect(JSON.stringify([enrolled.data, enrolled.metadata])).not.toContain('1101700230708');
    // Nor the name or phone, anywhere in the log: they went to the encrypted personal-data store.
    const log = JSON.stringify((await store.readAll({ maxCount: 10_000 })).map((entry) => [entry.event.data, entry.event.metadata]));
    for (const clear of ['สมศรี', 'ใจดี', 'ก้อง', '081-234-5678', '0812345678']) expect(log).not.toContain(clear);
    expect(enrolled.metadata.actor).toEqual({ userId: 'malee', role: 'treasurer' });
  });

  it.each([
    [
      'a mismatch between figures and words',
      'treasurer',
      `/${fundId}/claims`,
      {
        claimId: 'c-2',
        memberId: 'm-1',
        benefit: 'sickness',
        eventDate: '2024-10-01',
        hospitalNights: 1,
        evidenceRefs: ['e'],
        amountFigures: '380,000.00',
        amountWords: 'สามล้านแปดแสนบาทถ้วน',
      },
      422,
      'claim.amount-words-mismatch',
    ],
    [
      'an invalid citizen ID',
      'treasurer',
      `/${fundId}/members`,
      {
        memberId: 'm-2',
        citizenId: '1101700230709',
        name: 'นายทดสอบ ผิดหลัก',
        planId: 'baht-a-day',
        enrolledOn: '2024-02-01',
        joiningFee: '10.00',
        beneficiary: { name: 'นางทดสอบ ผิดหลัก', citizenId: null, relationship: 'x' },
      },
      422,
      'citizen-id.check-digit',
    ],
    [
      'fractional satang',
      'treasurer',
      `/${fundId}/contributions`,
      { contributionId: 'ct-9', memberId: 'm-1', months: 1, amount: '30.005', receivedOn: '2024-03-01', receiptRef: 'r' },
      400,
      'request.invalid',
    ],
    [
      'paying a claim that is already paid',
      'treasurer',
      `/${fundId}/claims/c-1/payout`,
      { payoutId: 'p-2', method: 'cash', reference: 'x', paidOn: today },
      409,
      undefined,
    ],
    [
      'a payout for a claim that was never recorded',
      'treasurer',
      `/${fundId}/claims/c-2/payout`,
      { payoutId: 'p-3', method: 'cash', reference: 'x', paidOn: today },
      404,
      'claim.not-found',
    ],
    ['a treasurer approving a claim (role)', 'treasurer', `/${fundId}/claims/c-1/approvals`, {}, 403, 'auth.forbidden'],
    [
      'a treasurer of another fund (scope)',
      'outsider',
      `/${fundId}/contributions`,
      { contributionId: 'ct-8', memberId: 'm-1', months: 1, amount: '30.00', receivedOn: '2024-03-01', receiptRef: 'r' },
      403,
      'auth.out-of-scope',
    ],
    ['no token', 'nobody', `/${fundId}/contributions`, {}, 401, 'auth.missing-token'],
    [
      'the same contribution twice',
      'treasurer',
      `/${fundId}/contributions`,
      { contributionId: 'ct-1', memberId: 'm-1', months: 1, amount: '30.00', receivedOn: '2024-03-01', receiptRef: 'r' },
      undefined,
      undefined,
    ],
  ])('refuses %s with its code and Thai message, and writes nothing', async (_name, as, path, body, status, code) => {
    const before = await streamLength();
    const response = await post(path, as, body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    if (status) expect(response.status).toBe(status);
    if (code) expect(response.body.code).toBe(code);
    expect(response.body).toEqual(
      expect.objectContaining({
        code: expect.any(String),
        message: expect.any(String),
        messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/),
      }),
    );
    expect(await streamLength()).toBe(before);
  });
});
