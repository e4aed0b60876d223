import { verifyChain } from '@kongthun/event-sourcing';
import { demoCitizenId } from '@kongthun/embedded';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

/** Members' personal data over HTTP: encrypted at enrolment, shown by role, erased by crypto-shredding (PDPA). */
describe('member personal data (embedded)', () => {
  const fundId = 'rassada-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  const somsri = enrolment('m-1', 1);
  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    await fund.post(`/${fundId}/members`, 'treasurer', somsri).expect(201);
    await fund
      .post(`/${fundId}/contributions`, 'treasurer', {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: '360.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      })
      .expect(201);
  });
  afterAll(() => fund.close());

  const grouped = (digits: string) => `${digits[0]}-${digits.slice(1, 5)}-${digits.slice(5, 10)}-${digits.slice(10, 12)}-${digits[12]}`;

  it('enrolment puts only a keyed hash and a reference in the event; name, phone and IDs never reach the log', async () => {
    const events = await fund.stream();
    const enrolled = events.find((event) => event.type === 'welfare.member.enrolled');
    expect(enrolled?.data).toMatchObject({
      memberId: 'm-1',
      personalDataRef: expect.stringMatching(/^pd-/),
      citizenIdHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const log = JSON.stringify(events.map((event) => [event.data, event.metadata]));
    for (const clear of [
      'สมศรี',
      'มีสุข',
      'ก้อง',
      somsri.phone,
      somsri.phone.replace(/-/g, ''),
      somsri.citizenId,
      somsri.beneficiary.citizenId,
    ])
      expect(log).not.toContain(clear);
  });

  it('the treasurer and committee read the person in full', async () => {
    const response = await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'treasurer').expect(200);
    expect(response.body).toEqual({
      memberId: 'm-1',
      personalDataRef: expect.stringMatching(/^pd-/),
      name: somsri.name,
      phone: somsri.phone,
      citizenId: grouped(somsri.citizenId),
      beneficiary: { name: somsri.beneficiary.name, phone: null, citizenId: grouped(demoCitizenId(501)), relationship: 'บุตร' },
      citizenIdMasked: false,
    });
    await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'prasert').expect(200);
  });

  it('an auditor of the province sees who the member is, with the citizen IDs masked', async () => {
    const response = await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'auditor').expect(200);
    expect(response.body).toMatchObject({
      name: somsri.name,
      citizenId: `${somsri.citizenId[0]}-xxxx-xxxxx-xx-${somsri.citizenId[12]}`,
      citizenIdMasked: true,
    });
    expect(JSON.stringify(response.body)).not.toContain(somsri.citizenId.slice(1, 12));
  });

  it('others may not read it: another fund (scope) and provincial finance (role)', async () => {
    expect((await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'outsider').expect(403)).body.code).toBe('auth.out-of-scope');
    expect((await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'finance').expect(403)).body.code).toBe('auth.forbidden');
  });

  it('a refused enrolment keeps no personal data', async () => {
    const count = async () => (await fund.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM personal_data.records')).rows[0].n;
    const before = await count();
    const duplicate = await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-1', 7)).expect(409);
    expect(duplicate.body.code).toBe('member.duplicate');
    expect(await count()).toBe(before);
  });

  it('only the chair (or an administrator) may order an erasure; a committee member is refused and nothing changes', async () => {
    const before = (await fund.stream()).length;
    const refused = await fund
      .post(`/${fundId}/members/m-1/personal-data/erasure`, 'prasert', { ground: 'data-subject-request', requestRef: 'pdpa-2567-001' })
      .expect(403);
    expect(refused.body).toMatchObject({ code: 'auth.chair-required', messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/) });
    await fund
      .post(`/${fundId}/members/m-1/personal-data/erasure`, 'treasurer', { ground: 'data-subject-request', requestRef: 'pdpa-2567-001' })
      .expect(403);
    expect((await fund.stream()).length).toBe(before);
    await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'treasurer').expect(200);
  });

  it('erasure makes the personal data 410 Gone while every earlier event stays as it was and the chain still verifies', async () => {
    const before = await fund.stream();
    const erased = await fund
      .post(`/${fundId}/members/m-1/personal-data/erasure`, 'chair', { ground: 'data-subject-request', requestRef: 'pdpa-2567-001' })
      .expect(201);
    expect(erased.body.events.map((event: { type: string }) => event.type)).toEqual(['welfare.member.personal-data-erased']);

    const gone = await fund.get(`/${fundId}/members/m-1/personal-data?reason=member-request`, 'treasurer').expect(410);
    expect(gone.body).toEqual({
      code: 'personal-data.erased',
      message: expect.any(String),
      messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/),
      details: { memberId: 'm-1' },
    });

    const after = await fund.stream();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(verifyChain(after)).toBeNull();
    const ref = before.find((event) => event.type === 'welfare.member.enrolled')?.data.personalDataRef;
    expect((await fund.sql.query('SELECT * FROM personal_data.data_keys WHERE ref = $1', [ref])).rows).toEqual([]);
  });

  it('the member keeps their books after erasure, and a second order is refused as already done', async () => {
    const overview = await fund.get(`/${fundId}`, 'treasurer').expect(200);
    expect(overview.body.receivedBySource.members).toBe('370.00');
    const again = await fund
      .post(`/${fundId}/members/m-1/personal-data/erasure`, 'admin', { ground: 'data-subject-request', requestRef: 'pdpa-2567-001' })
      .expect(409);
    expect(again.body.code).toBe('personal-data.already-erased');
  });
});
