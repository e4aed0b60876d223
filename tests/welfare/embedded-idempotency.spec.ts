import { enrolment, startEmbeddedFund } from './embedded-fund-fixture';
import { dateOfInstant } from '@kongthun/welfare-domain';

/** Approvals are recorded as of now, and a payout may not be dated before its approval. */
const today = dateOfInstant(new Date().toISOString());

/** Idempotency-Key on the welfare money POSTs, over HTTP on the embedded host (PGlite). */
describe('welfare money POSTs with an Idempotency-Key (embedded)', () => {
  const fundId = 'rassada-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    await fund.post(`/${fundId}/members`, 'treasurer', enrolment('m-1', 1), 'enrol-m-1').expect(201);
  });
  afterAll(() => fund.close());

  const contribution = {
    contributionId: 'ct-1',
    memberId: 'm-1',
    months: 12,
    amount: '360.00',
    receivedOn: '2024-02-01',
    receiptRef: 'r-1',
  };

  it('a retried contribution with the same key replays the first response and records one contribution only', async () => {
    const before = (await fund.stream()).length;
    const first = await fund.post(`/${fundId}/contributions`, 'treasurer', contribution, 'a3f1c2d4-0001').expect(201);
    const retry = await fund.post(`/${fundId}/contributions`, 'treasurer', { ...contribution }, 'a3f1c2d4-0001').expect(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The contribution, and the entry taking its id in the fund's contribution-id index, once each.
    const events = (await fund.stream()).slice(before);
    expect(events.map((event) => event.type)).toEqual(['welfare.member.contribution-id-recorded', 'welfare.contribution.recorded']);
    expect(first.body.events[0].id).toBe(events[1].id);
  });

  it('the same key with another body is refused with 422 in Thai and English, and nothing is written', async () => {
    const before = (await fund.stream()).length;
    const reused = await fund
      .post(
        `/${fundId}/contributions`,
        'treasurer',
        { ...contribution, contributionId: 'ct-2', amount: '30.00', months: 1 },
        'a3f1c2d4-0001',
      )
      .expect(422);
    expect(reused.body).toEqual({
      code: 'idempotency.key-reused',
      message: expect.stringContaining('Idempotency-Key'),
      messageTh: expect.stringMatching(/[\u0E00-\u0E7F]/),
    });
    expect((await fund.stream()).length).toBe(before);
  });

  it('a retried payout is replayed, where without a key the retry is refused as a duplicate', async () => {
    await fund
      .post(
        `/${fundId}/claims`,
        'treasurer',
        {
          claimId: 'c-1',
          memberId: 'm-1',
          benefit: 'sickness',
          eventDate: '2024-09-10',
          hospitalNights: 2,
          evidenceRefs: ['ev-1'],
          amountFigures: '200.00',
          amountWords: 'สองร้อยบาทถ้วน',
        },
        'claim-c-1',
      )
      .expect(201);
    await fund.post(`/${fundId}/claims/c-1/approvals`, 'chair').expect(201);
    await fund.post(`/${fundId}/claims/c-1/approvals`, 'prasert').expect(201);
    const payout = { payoutId: 'p-1', method: 'promptpay', reference: 'pp-1', paidOn: today, payeeAccount: '0812345678' };
    const paid = await fund.post(`/${fundId}/claims/c-1/payout`, 'treasurer', payout, 'pay-c-1').expect(201);
    await fund.post(`/${fundId}/claims/c-1/payout`, 'treasurer', payout, 'pay-c-1').expect(201, paid.body);
    await fund.post(`/${fundId}/claims/c-1/payout`, 'treasurer', payout).expect(409);
    expect((await fund.stream()).filter((event) => event.type === 'welfare.payout.made')).toHaveLength(1);
  });

  it('a business refusal is replayed as it was, and still writes nothing', async () => {
    const before = (await fund.stream()).length;
    const mismatch = {
      claimId: 'c-2',
      memberId: 'm-1',
      benefit: 'sickness',
      eventDate: '2024-10-01',
      hospitalNights: 1,
      evidenceRefs: ['e'],
      amountFigures: '380,000.00',
      amountWords: 'สามล้านแปดแสนบาทถ้วน',
    };
    const refused = await fund.post(`/${fundId}/claims`, 'treasurer', mismatch, 'claim-c-2').expect(422);
    expect(refused.body.code).toBe('claim.amount-words-mismatch');
    const replayed = await fund.post(`/${fundId}/claims`, 'treasurer', mismatch, 'claim-c-2').expect(422);
    expect(replayed.body).toEqual(refused.body);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect((await fund.stream()).length).toBe(before);
  });

  it('a replayed enrolment stores the personal data once, and the key records hold no personal data', async () => {
    const body = enrolment('m-2', 2);
    await fund.post(`/${fundId}/members`, 'treasurer', body, 'enrol-m-2').expect(201);
    await fund.post(`/${fundId}/members`, 'treasurer', body, 'enrol-m-2').expect(201);
    const { rows } = await fund.sql.query<{ n: number }>("SELECT count(*)::int AS n FROM personal_data.records WHERE member_id = 'm-2'");
    expect(rows).toEqual([{ n: 1 }]);
    const records = JSON.stringify((await fund.sql.query('SELECT * FROM kongthun.idempotency_records')).rows);
    for (const clear of [body.name, body.phone, body.citizenId, body.beneficiary.name]) expect(records).not.toContain(clear);
  });
});
