import request from 'supertest';
import { dateOfInstant } from '@kongthun/welfare-domain';
import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';

/** Approvals are recorded as of now; "today" and "yesterday" are Bangkok dates. */
const today = dateOfInstant(new Date().toISOString());
const yesterday = dateOfInstant(new Date(Date.now() - 86_400_000).toISOString());
const thai = /[\u0E00-\u0E7F]/;

/** Bad input as a new user sent it (issue #11): each is refused with a code, in Thai and English, and nothing is stored. */
describe('bad input (embedded)', () => {
  const fundId = 'karon-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  const personalDataRows = async () =>
    (await fund.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM personal_data.records')).rows[0].n;
  const matching = (change: Record<string, unknown> = {}) => ({
    matchingId: 'mt-1',
    source: 'local-government',
    sourceName: 'อบจ.ภูเก็ต',
    fiscalYear: 2567,
    amount: '1,000.00',
    receivedOn: '2024-03-01',
    documentRef: 'd-1',
    ...change,
  });

  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-1', 1)).expect(201);
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

  /** The response is a coded refusal and the fund's stream and the personal-data store are as they were. */
  const refusedWithoutTrace = async (send: () => Promise<request.Response>, status: number, code: string) => {
    const [events, people] = [(await fund.stream()).length, await personalDataRows()];
    const response = await send();
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.body).toEqual(expect.objectContaining({ message: expect.any(String), messageTh: expect.stringMatching(thai) }));
    expect((await fund.stream()).length).toBe(events);
    expect(await personalDataRows()).toBe(people);
    return response.body;
  };

  it('a body over 100 KB gets 413 request.too-large, not 500', async () => {
    const huge = enrolment('m-2', 2, { name: `นาย${'ก'.repeat(40_000)}` });
    expect(Buffer.byteLength(JSON.stringify(huge))).toBeGreaterThan(100 * 1024);
    const body = await refusedWithoutTrace(() => fund.post(`/${fundId}/members`, 'treasurer', huge), 413, 'request.too-large');
    expect(body.message).toContain('102400 bytes');
  });

  it('a body that is not JSON gets 400 request.invalid, not 500', async () => {
    await refusedWithoutTrace(
      () =>
        request(fund.app.getHttpServer())
          .post(`/api/welfare/funds/${fundId}/members`)
          .set('content-type', 'application/json')
          .send('{"memberId":'),
      400,
      'request.invalid',
    );
  });

  it("a NUL in a member's name gets 400 and leaves no personal-data record and no event", async () => {
    const body = await refusedWithoutTrace(
      () => fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-3', 3, { name: 'นายสม\u0000ชาย ใจดี' })),
      400,
      'request.control-character',
    );
    expect(body.details.fields).toEqual(['name']);
    // The field that reached the event (and PostgreSQL's JSON) before: the beneficiary's relationship.
    const nested = enrolment('m-3', 3);
    await refusedWithoutTrace(
      () => fund.post(`/${fundId}/members`, 'treasurer', { ...nested, beneficiary: { ...nested.beneficiary, relationship: 'บุตร\u0000' } }),
      400,
      'request.control-character',
    );
    await refusedWithoutTrace(
      () => fund.post(`/${fundId}/matching-funds`, 'treasurer', matching({ sourceName: 'อบจ.\u001bภูเก็ต' })),
      400,
      'request.control-character',
    );
  });

  it('matching money of 100,000,000,000,000,000,000.00 baht is refused with money.above-limit', async () => {
    const body = await refusedWithoutTrace(
      () => fund.post(`/${fundId}/matching-funds`, 'treasurer', matching({ amount: '100,000,000,000,000,000,000.00' })),
      400,
      'money.above-limit',
    );
    expect(body.message).toContain('1,000,000,000.00');
    await refusedWithoutTrace(
      () => fund.post(`/${fundId}/matching-funds`, 'treasurer', matching({ amount: '1,000,000,000.01' })),
      400,
      'money.above-limit',
    );
    await fund.post(`/${fundId}/matching-funds`, 'treasurer', matching({ matchingId: 'mt-big', amount: '1,000,000,000.00' })).expect(201);
  });

  it('an unknown field is refused with 400 naming it, at the top or nested', async () => {
    // amountWords is a field of matching money now (checked against the figures); a misspelt one must not vanish.
    const body = await refusedWithoutTrace(
      () => fund.post(`/${fundId}/matching-funds`, 'treasurer', matching({ amountInWords: 'หนึ่งพันบาทถ้วน' })),
      400,
      'request.unknown-fields',
    );
    expect(body.details.unknownFields).toEqual(['amountInWords']);
    expect(`${body.message} ${body.messageTh}`).toContain('amountInWords');
    const nested = enrolment('m-4', 4);
    const deep = await refusedWithoutTrace(
      () => fund.post(`/${fundId}/members`, 'treasurer', { ...nested, beneficiary: { ...nested.beneficiary, nickname: 'ก้อง' } }),
      400,
      'request.unknown-fields',
    );
    expect(deep.details.unknownFields).toEqual(['beneficiary.nickname']);
  });

  it('a payout dated before the fund was founded, or before its approval, is refused; one dated today is made', async () => {
    await fund
      .post(`/${fundId}/claims`, 'treasurer', {
        claimId: 'c-1',
        memberId: 'm-1',
        benefit: 'sickness',
        eventDate: '2024-09-10',
        hospitalNights: 1,
        evidenceRefs: ['ev-1'],
        amountFigures: '100.00',
        amountWords: 'หนึ่งร้อยบาทถ้วน',
      })
      .expect(201);
    await fund.post(`/${fundId}/claims/c-1/approvals`, 'chair').expect(201);
    await fund.post(`/${fundId}/claims/c-1/approvals`, 'prasert').expect(201);
    const payout = (paidOn: string) => () =>
      fund.post(`/${fundId}/claims/c-1/payout`, 'treasurer', { payoutId: 'p-1', method: 'cash', reference: 'pv-1', paidOn });
    const early = await refusedWithoutTrace(payout('2020-06-01'), 422, 'date.before-founding');
    expect(early.details).toMatchObject({ field: 'paidOn', foundedOn: '2024-01-05' });
    await refusedWithoutTrace(payout(yesterday), 422, 'payout.before-approval');
    await payout(today)().expect(201);
  });

  it('GET /health answers without a token', async () => {
    const response = await request(fund.app.getHttpServer()).get('/health').expect(200);
    expect(response.body.status).toBe('ok');
  });
});
