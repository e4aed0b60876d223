import request from 'supertest';
import { TokenIssuer } from '@kongthun/http';
import { enrolment, startEmbeddedFund } from '../welfare/embedded-fund-fixture';

/** PDPA: every read of a person's data says why and is recorded; the person's record of reads can be listed; a viewer sees no one. */
describe('reads of personal data (embedded, PGlite)', () => {
  const fundId = 'kathu-fund';
  let fund: Awaited<ReturnType<typeof startEmbeddedFund>>;
  let viewer: string;
  const person = enrolment('m-1', 7, { phone: '081-234-5678' });
  const path = `/${fundId}/members/m-1/personal-data`;
  beforeAll(async () => {
    fund = await startEmbeddedFund(fundId);
    await fund.post(`/${fundId}/members`, 'treasurer', person).expect(201);
    viewer = `Bearer ${await fund.app.get(TokenIssuer).issue({ userId: 'ploy', role: 'viewer', scope: { funds: [fundId] } })}`;
  });
  afterAll(() => fund.close());
  const accesses = (as = 'chair') => fund.get(`${path}/accesses`, as);

  it('refuses a read that gives no reason, and records nothing', async () => {
    const refused = await fund.get(path, 'treasurer');
    expect([refused.status, refused.body.code]).toEqual([400, 'personal-data.reason-required']);
    expect((await fund.get(`${path}?reason=%20%20`, 'treasurer')).status).toBe(400);
    expect((await accesses().expect(200)).body).toEqual({ items: [], nextCursor: null });
  });

  it('records who read it, in what role, when, which record and why, by query or header, oldest first', async () => {
    const before = new Date().toISOString();
    await fund.get(`${path}?reason=${encodeURIComponent('ขอรับเงินช่วยเหลือ (claim c-9)')}`, 'treasurer').expect(200);
    await request(fund.app.getHttpServer())
      .get(`/api/welfare/funds${path}`)
      .set('authorization', fund.tokens.auditor)
      .set('x-access-reason', 'audit case 42: ghost member check')
      .expect(200);
    const { body } = await accesses().expect(200);
    expect(body.items).toEqual([
      expect.objectContaining({
        sequence: 1,
        subject: `welfare/${fundId}/m-1`,
        userId: 'malee',
        role: 'treasurer',
        reason: 'ขอรับเงินช่วยเหลือ (claim c-9)',
      }),
      expect.objectContaining({ userId: 'auditor-phuket', role: 'auditor', reason: 'audit case 42: ghost member check' }),
    ]);
    expect(body.items[0].route).toBe('GET /api/welfare/funds/:fundId/members/:memberId/personal-data');
    expect(body.items[0].accessedAt >= before).toBe(true);
    const page = await accesses('auditor').expect(200);
    expect(page.body.items).toHaveLength(2);
    expect((await fund.get(`${path}/accesses?limit=1`, 'treasurer').expect(200)).body.nextCursor).toBe('1');
  });

  it('does not record a read that disclosed nothing (another fund, someone not on file)', async () => {
    await fund.get(`${path}?reason=curious`, 'outsider').expect(403);
    await fund.get(`/${fundId}/members/m-404/personal-data?reason=typo`, 'treasurer').expect(404);
    expect((await accesses().expect(200)).body.items).toHaveLength(2);
    expect((await fund.get(`/${fundId}/members/m-404/personal-data/accesses`, 'chair').expect(200)).body.items).toEqual([]);
  });

  it('keeps the log append-only in the database itself', async () => {
    await expect(fund.sql.query('UPDATE kongthun.personal_data_accesses SET reason = $1', ['nothing to see'])).rejects.toThrow(
      /append-only/,
    );
    await expect(fund.sql.query('DELETE FROM kongthun.personal_data_accesses')).rejects.toThrow(/append-only/);
    expect((await accesses().expect(200)).body.items[0].reason).toBe('ขอรับเงินช่วยเหลือ (claim c-9)');
  });

  it('shows a viewer the name, phone and citizen ID masked, the beneficiary too, and records the read', async () => {
    const { body } = await request(fund.app.getHttpServer())
      .get(`/api/welfare/funds${path}?reason=monthly%20report`)
      .set('authorization', viewer)
      .expect(200);
    expect(body).toMatchObject({
      name: 'นxxxxxxx มxxxxx',
      phone: 'xxx-xxx-xx78',
      citizenId: expect.stringMatching(/^\d-xxxx-xxxxx-xx-\d$/),
      citizenIdMasked: true,
    });
    expect(body.beneficiary).toMatchObject({
      name: 'เxxxxxxxxxx มxxxxx',
      phone: null,
      citizenId: expect.stringMatching(/^\d-xxxx-xxxxx-xx-\d$/),
    });
    expect(JSON.stringify(body)).not.toMatch(/สมศรี|มีสุข|5678|ก้อง/);
    const statement = await request(fund.app.getHttpServer())
      .get(`/api/welfare/funds/${fundId}/members/m-1/statement`)
      .set('authorization', viewer);
    expect(statement.status).toBe(200);
    expect((await accesses().expect(200)).body.items.at(-1)).toMatchObject({ userId: 'ploy', role: 'viewer', reason: 'monthly report' });
    await request(fund.app.getHttpServer()).get(`/api/welfare/funds${path}/accesses`).set('authorization', viewer).expect(403);
  });
});
