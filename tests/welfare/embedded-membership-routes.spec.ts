import { dateOfInstant } from '@kongthun/welfare-domain';
import { demoCitizenId } from '@kongthun/embedded';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

const types = (response: { body: { events: { type: string }[] } }) => response.body.events.map((event) => event.type);

/**
 * The commands that end a membership or change the committee, over HTTP as a new user would try
 * them: each changes the views, and each refusal answers its 4xx code and writes nothing.
 */
describe('membership and committee routes (embedded)', () => {
  const fundId = 'rassada-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  const today = dateOfInstant(new Date().toISOString());

  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    // m-old paid a year from February 2024, m-late three months; m-new enrols today and pays this month.
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-old', 1)).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-1',
        memberId: 'm-old',
        months: 12,
        amount: '360.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      })
      .expect(201);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-late', 3)).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-4',
        memberId: 'm-late',
        months: 3,
        amount: '90.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-4',
      })
      .expect(201);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-new', 2, { enrolledOn: today })).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-2',
        memberId: 'm-new',
        months: 1,
        amount: '30.00',
        receivedOn: today,
        receiptRef: 'r-2',
      })
      .expect(201);
    await fund
      .post(`/${fundId}/matching-funds`, 'treasurer', {
        matchingId: 'mt-1',
        source: 'local-government',
        sourceName: 'อบจ.ภูเก็ต',
        fiscalYear: 2567,
        amount: '5000.00',
        receivedOn: '2024-03-01',
        documentRef: 'd-1',
      })
      .expect(201);
  });
  afterAll(() => fund.close());

  it('a member past the lapse limit is shown lapsed before anyone applies the lapses, as the next command would find them', async () => {
    const statement = await fund.get(`/${fundId}/members/m-old/statement`, 'treasurer').expect(200);
    expect(statement.body).toMatchObject({ status: 'lapsed', paidThrough: '2025-01' });
    const refused = await fund.post(`/${fundId}/contributions`, 'treasurer', {
      contributionId: 'ct-3',
      memberId: 'm-old',
      months: 1,
      amount: '30.00',
      receivedOn: today,
      receiptRef: 'r-3',
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'member.lapsed']);
    expect((await fund.get(`/${fundId}/members/m-new/statement`, 'treasurer').expect(200)).body.status).toBe('active');
  });

  it('applying lapses ends every membership past the limit, and a second run changes nothing', async () => {
    const first = await fund.post(`/${fundId}/lapses`, 'treasurer').expect(200);
    expect(first.body.events.map((event: { data: object }) => event.data)).toEqual([
      expect.objectContaining({ memberId: 'm-late', lapsedOn: '2024-08-01', paidThrough: '2024-04' }),
      expect.objectContaining({ memberId: 'm-old', lapsedOn: '2025-05-01', paidThrough: '2025-01' }),
    ]);
    expect((await fund.get(`/${fundId}/members/m-late/statement`, 'treasurer').expect(200)).body.status).toBe('lapsed');
    expect((await fund.get(`/${fundId}`, 'treasurer').expect(200)).body.members).toEqual({ lapsed: 2, active: 1 });
    const second = await fund.post(`/${fundId}/lapses`, 'chair').expect(200);
    expect(second.body.events).toEqual([]);
  });

  // Up to the 2,000-baht limit two approvals suffice; the fixture's committee has two approvers.
  it('recording a death lets the funeral benefit be claimed, approved and paid', async () => {
    const died = await fund
      .post(`/${fundId}/members/m-old/death`, 'treasurer', { diedOn: '2025-03-01', evidenceRef: 'death-cert-1' })
      .expect(201);
    expect(died.body.events).toEqual([
      expect.objectContaining({
        type: 'welfare.member.died',
        data: { fundId, memberId: 'm-old', diedOn: '2025-03-01', evidenceRef: 'death-cert-1' },
      }),
    ]);
    expect((await fund.get(`/${fundId}/members/m-old/statement`, 'auditor').expect(200)).body.status).toBe('deceased');
    await fund
      .post(`/${fundId}/claims`, 'treasurer', {
        claimId: 'c-death',
        memberId: 'm-old',
        benefit: 'death',
        eventDate: '2025-03-01',
        evidenceRefs: ['death-cert-1'],
        amountFigures: '2,000.00',
        amountWords: 'สองพันบาทถ้วน',
      })
      .expect(201);
    await fund.post(`/${fundId}/claims/c-death/approvals`, 'chair').expect(201);
    await fund.post(`/${fundId}/claims/c-death/approvals`, 'prasert').expect(201);
    await fund
      .post(`/${fundId}/claims/c-death/payout`, 'treasurer', { payoutId: 'p-death', method: 'cash', reference: 'cash-1', paidOn: today })
      .expect(201);
    expect((await fund.get(`/${fundId}`, 'auditor').expect(200)).body).toMatchObject({
      benefitsPaid: '2000.00',
      members: { deceased: 1, lapsed: 1, active: 1 },
    });
  });

  it('an active member resigns, and is shown resigned', async () => {
    const resigned = await fund
      .post(`/${fundId}/members/m-new/resignation`, 'treasurer', { resignedOn: today, reason: 'ย้ายภูมิลำเนา' })
      .expect(201);
    expect(types(resigned)).toEqual(['welfare.member.resigned']);
    expect((await fund.get(`/${fundId}/members/m-new/statement`, 'treasurer').expect(200)).body.status).toBe('resigned');
  });

  it('the chair seats and removes a committee member, and the overview shows the committee', async () => {
    const appointed = await fund
      .post(`/${fundId}/committee`, 'chair', {
        member: { userId: 'kanya', role: 'member', citizenId: demoCitizenId(904), personalDataRef: 'pd-4' },
        appointedOn: today,
      })
      .expect(201);
    expect(appointed.body.events[0].data.member).toEqual({
      userId: 'kanya',
      role: 'member',
      citizenIdHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      personalDataRef: 'pd-4',
    });
    expect((await fund.get(`/${fundId}`, 'auditor').expect(200)).body.committee).toContainEqual({ userId: 'kanya', role: 'member' });
    await fund.post(`/${fundId}/committee/kanya/removal`, 'chair', { removedOn: today, reason: 'ครบวาระ' }).expect(201);
    expect((await fund.get(`/${fundId}`, 'auditor').expect(200)).body.committee).not.toContainEqual({ userId: 'kanya', role: 'member' });
  });

  it.each([
    [
      'a committee member who is not the chair seating someone',
      'prasert',
      '/committee',
      { member: { userId: 'kanya', role: 'member', citizenId: demoCitizenId(904), personalDataRef: 'pd-4' }, appointedOn: '2025-01-01' },
      403,
      'auth.chair-required',
    ],
    [
      'a treasurer seating someone (role)',
      'treasurer',
      '/committee',
      { member: { userId: 'kanya', role: 'member', citizenId: demoCitizenId(904), personalDataRef: 'pd-4' }, appointedOn: '2025-01-01' },
      403,
      'auth.forbidden',
    ],
    [
      'a second chair',
      'chair',
      '/committee',
      { member: { userId: 'kanya', role: 'chair', citizenId: demoCitizenId(904), personalDataRef: 'pd-4' }, appointedOn: '2025-01-01' },
      422,
      'committee.chair-taken',
    ],
    [
      'a seat with an invalid citizen ID',
      'chair',
      '/committee',
      { member: { userId: 'kanya', role: 'member', citizenId: '1101700230709', personalDataRef: 'pd-4' }, appointedOn: '2025-01-01' },
      422,
      'citizen-id.check-digit',
    ],
    [
      'removing someone not on the committee',
      'chair',
      '/committee/nobody/removal',
      { removedOn: '2025-01-01', reason: 'x' },
      422,
      'committee.not-a-member',
    ],
    [
      'a second death of the same member',
      'treasurer',
      '/members/m-old/death',
      { diedOn: '2025-03-01', evidenceRef: 'e' },
      409,
      'member.already-deceased',
    ],
    ['a death in the future', 'treasurer', '/members/m-new/death', { diedOn: '2999-01-01', evidenceRef: 'e' }, 422, 'date.in-future'],
    ['a death of nobody', 'treasurer', '/members/m-none/death', { diedOn: '2025-03-01', evidenceRef: 'e' }, 404, 'member.not-found'],
    ['a death without evidence', 'treasurer', '/members/m-new/death', { diedOn: '2025-03-01' }, 400, 'request.invalid'],
    [
      'a resignation of a member who has left',
      'treasurer',
      '/members/m-new/resignation',
      { resignedOn: '2025-03-01', reason: 'x' },
      422,
      'member.not-active',
    ],
    ['an auditor applying lapses (role)', 'auditor', '/lapses', {}, 403, 'auth.forbidden'],
    [
      'a treasurer of another fund recording a death (scope)',
      'outsider',
      '/members/m-new/death',
      { diedOn: '2025-03-01', evidenceRef: 'e' },
      403,
      'auth.out-of-scope',
    ],
  ])('refuses %s with its code, and writes nothing', async (_name, as, path, body, status, code) => {
    const before = (await fund.stream()).length;
    const response = await fund.post(`/${fundId}${path}`, as, body);
    expect([response.status, response.body.code]).toEqual([status, code]);
    expect(response.body.messageTh).toMatch(/[\u0E00-\u0E7F]/);
    expect((await fund.stream()).length).toBe(before);
  });

  it('documents every new route in OpenAPI', async () => {
    const request = (await import('supertest')).default;
    const docs = await request(fund.app.getHttpServer()).get('/api/docs-json').expect(200);
    const paths = Object.keys(docs.body.paths);
    for (const path of [
      '/api/welfare/funds/{fundId}/committee',
      '/api/welfare/funds/{fundId}/committee/{userId}/removal',
      '/api/welfare/funds/{fundId}/members/{memberId}/resignation',
      '/api/welfare/funds/{fundId}/members/{memberId}/death',
      '/api/welfare/funds/{fundId}/lapses',
    ])
      expect(paths).toContain(path);
    expect(
      docs.body.paths['/api/welfare/funds/{fundId}/members/{memberId}/death'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['diedOn', 'evidenceRef']);
  });
});
