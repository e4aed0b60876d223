import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { PgliteSqlClient } from '@kongthun/event-sourcing';
import { AuthenticatedActor, AuthModule, RefusalExceptionFilter, TokenIssuer } from '@kongthun/http';
import { FinanceModule } from './finance.module';
import { FinanceStore } from './store/finance-store';
import { saraburiAndPhuket } from './testing/saraburi-and-phuket';

const binary = (res: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('provincial finance over HTTP', () => {
  let app: INestApplication;
  let sql: PgliteSqlClient;
  let store: FinanceStore;
  const token: Record<string, string> = {};
  let saraburiKey: string;
  let saraburiKeyId: string;

  beforeAll(async () => {
    sql = await PgliteSqlClient.open('memory://');
    store = await FinanceStore.open(sql);
    await store.apply(saraburiAndPhuket());
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ secret: 'finance-test-secret' }), FinanceModule.register({ store })],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    const issue = (actor: AuthenticatedActor) => moduleRef.get(TokenIssuer).issue(actor);
    token.admin = await issue({ userId: 'admin-1', role: 'admin', scope: {} });
    token.phuket = await issue({ userId: 'pf-83', role: 'provincial-finance', scope: { province: '83' } });
    token.treasurer = await issue({ userId: 't-1', role: 'treasurer', scope: { funds: ['phuket-talat-yai'] } });
    const created = await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${token.admin}`)
      .send({ name: 'ระบบบัญชี สนง.คลังจังหวัดสระบุรี', area: '19' })
      .expect(201);
    saraburiKey = created.body.key;
    saraburiKeyId = created.body.keyId;
  });
  afterAll(async () => {
    await app.close();
    await sql.close();
  });

  const get = (path: string) => request(app.getHttpServer()).get(path);

  describe('an API key scoped to Saraburi (19)', () => {
    it("gets Saraburi's totals across the three programmes, 6,749,210.00 baht of CODI grants in FY 2566 among them", async () => {
      const { body } = await get('/api/finance/totals?groupBy=programme,fiscalYear').set('x-api-key', saraburiKey).expect(200);
      expect(body.groups.map((group: { key: object }) => group.key)).toEqual([
        { programme: 'grants', fiscalYear: 2566 },
        { programme: 'relief', fiscalYear: 2566 },
        { programme: 'welfare', fiscalYear: 2566 },
      ]);
      expect(body.groups[0].totals).toMatchObject({ moneyIn: '6749210.00', committed: '6749210.00', disbursed: '2000000.00' });
      expect(body.groups[1].totals).toMatchObject({ moneyIn: '90000.00', disbursed: '14000.00' });
      expect(body.groups[2].totals.moneyInBySource['member-contribution']).toBe('360.00');
    });

    it('gets 403 auth.out-of-scope for Phuket (83), and sees nothing of it without an area', async () => {
      const refused = await get('/api/finance/totals?area=83').set('x-api-key', saraburiKey).expect(403);
      expect(refused.body).toMatchObject({ code: 'auth.out-of-scope', messageTh: expect.any(String) });
      await get('/api/finance/disbursements?area=830101').set('x-api-key', saraburiKey).expect(403);
      await get('/api/finance/exports/disbursements?area=83').set('x-api-key', saraburiKey).expect(403);
      const { body } = await get('/api/finance/totals?groupBy=province').set('x-api-key', saraburiKey).expect(200);
      expect(body.groups.map((group: { key: { province: string } }) => group.key.province)).toEqual(['19']);
    });

    it('works as Authorization: ApiKey too, and records its last use', async () => {
      await get('/api/finance/totals?area=1901').set('authorization', `ApiKey ${saraburiKey}`).expect(200);
      const { body } = await request(app.getHttpServer())
        .get('/api/finance/api-keys')
        .set('authorization', `Bearer ${token.admin}`)
        .expect(200);
      const view = body.keys.find((key: { keyId: string }) => key.keyId === saraburiKeyId);
      expect(view.lastUsedAt).not.toBeNull();
      expect(JSON.stringify(body)).not.toContain(saraburiKey);
    });

    it('is stored only as its SHA-256: the database never holds the key', async () => {
      const { rows } = await sql.query<{ secret_hash: string; area: string }>(
        'SELECT secret_hash, area FROM finance.api_keys WHERE key_id = $1',
        [saraburiKeyId],
      );
      expect(rows).toEqual([{ secret_hash: createHash('sha256').update(saraburiKey).digest('hex'), area: '19' }]);
      const { rows: all } = await sql.query<Record<string, unknown>>('SELECT * FROM finance.api_keys');
      expect(JSON.stringify(all)).not.toContain(saraburiKey.split('_')[2]);
    });

    it('is accepted only on the finance reads: it cannot manage keys', async () => {
      const refused = await request(app.getHttpServer()).get('/api/finance/api-keys').set('x-api-key', saraburiKey).expect(401);
      expect(refused.body.code).toBe('auth.missing-token');
    });
  });

  it('a district key reads its district and nothing of the rest of the province', async () => {
    const { body: created } = await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${token.admin}`)
      .send({ name: 'อำเภอเมืองสระบุรี', area: '1901' })
      .expect(201);
    const { body } = await get('/api/finance/totals').set('x-api-key', created.key).expect(200);
    // The 1901 project's allocation, the welfare fund's contribution and the flood budget counted at the province stay out.
    expect(body.groups[0].totals.moneyIn).toBe('1500360.00');
    await get('/api/finance/totals?area=19').set('x-api-key', created.key).expect(403);
  });

  it('a revoked key, a forged key and a malformed key are refused alike with 401', async () => {
    const { body: created } = await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${token.admin}`)
      .send({ name: 'ชั่วคราว', area: '83' })
      .expect(201);
    await get('/api/finance/totals').set('x-api-key', created.key).expect(200);
    await request(app.getHttpServer())
      .post(`/api/finance/api-keys/${created.keyId}/revocation`)
      .set('authorization', `Bearer ${token.admin}`)
      .expect(200);
    for (const key of [created.key, `${created.key.slice(0, -4)}AAAA`, 'ktf_nothing'])
      expect((await get('/api/finance/totals').set('x-api-key', key).expect(401)).body.code).toBe('finance.api-key.invalid');
    const again = await request(app.getHttpServer())
      .post(`/api/finance/api-keys/${created.keyId}/revocation`)
      .set('authorization', `Bearer ${token.admin}`);
    expect([again.status, again.body.code]).toEqual([409, 'finance.api-key.already-revoked']);
  });

  it('only an administrator manages keys, for a province or a district', async () => {
    await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${token.phuket}`)
      .send({ name: 'x', area: '83' })
      .expect(403);
    const bad = await request(app.getHttpServer())
      .post('/api/finance/api-keys')
      .set('authorization', `Bearer ${token.admin}`)
      .send({ name: 'x', area: '830101' });
    expect([bad.status, bad.body.code]).toEqual([400, 'request.invalid']);
    const missing = await request(app.getHttpServer())
      .post('/api/finance/api-keys/0000000000000000/revocation')
      .set('authorization', `Bearer ${token.admin}`);
    expect([missing.status, missing.body.code]).toEqual([404, 'finance.api-key.not-found']);
  });

  it('users: provincial-finance within their areas, admin everywhere, other roles and strangers refused', async () => {
    const { body } = await get('/api/finance/totals?groupBy=province').set('authorization', `Bearer ${token.phuket}`).expect(200);
    expect(body.groups.map((group: { key: { province: string } }) => group.key.province)).toEqual(['83']);
    await get('/api/finance/totals?area=19').set('authorization', `Bearer ${token.phuket}`).expect(403);
    const all = await get('/api/finance/totals?groupBy=province').set('authorization', `Bearer ${token.admin}`).expect(200);
    expect(all.body.groups.map((group: { key: { province: string } }) => group.key.province)).toEqual(['19', '83']);
    expect((await get('/api/finance/totals').set('authorization', `Bearer ${token.treasurer}`).expect(403)).body.code).toBe(
      'auth.forbidden',
    );
    expect((await get('/api/finance/totals').expect(401)).body.code).toBe('auth.missing-token');
    expect((await get('/api/finance/totals').set('authorization', 'Bearer nonsense').expect(401)).body.code).toBe('auth.invalid-token');
  });

  it('refuses a malformed filter, grouping, page size, cursor or format with 400 and says which', async () => {
    const cases: [string, string][] = [
      ['/api/finance/totals?area=1', 'finance.invalid-filter'],
      ['/api/finance/totals?fiscalYear=2023', 'finance.invalid-filter'],
      ['/api/finance/totals?groupBy=recipient', 'finance.invalid-group-by'],
      ['/api/finance/disbursements?limit=0', 'finance.invalid-limit'],
      ['/api/finance/disbursements?cursor=abc', 'finance.invalid-cursor'],
      ['/api/finance/exports/disbursements?format=pdf', 'finance.invalid-format'],
    ];
    for (const [path, code] of cases) expect((await get(path).set('x-api-key', saraburiKey).expect(400)).body.code).toBe(code);
  });

  it('pages through disbursements with a cursor, each once, in a stable order', async () => {
    const ids: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const response: request.Response = await get(`/api/finance/disbursements?limit=2&cursor=${cursor}`)
        .set('x-api-key', saraburiKey)
        .expect(200);
      ids.push(...response.body.items.map((item: { disbursementId: string }) => item.disbursementId));
      cursor = response.body.nextCursor;
    }
    expect(ids).toEqual(['tranche-0', 'tranche-1', 'tranche-2', 'tranche-3', 'tranche-4', 'flood-1', 'flood-2']);
  });

  it('downloads the disbursements as CSV with a BOM and as XLSX, the same rows in both', async () => {
    const csv = await get('/api/finance/exports/disbursements?programme=relief')
      .set('x-api-key', saraburiKey)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(csv.body.toString('utf8').slice(1));
    expect(rows.slice(1).map((row) => [row[1], row[13], row[8]])).toEqual([
      ['20 พ.ย. 2565', '9000.00', 'เงินช่วยเหลือ'],
      ['2 ธ.ค. 2565', '5000.00', 'เงินช่วยเหลือ'],
    ]);
    const xlsx = await get('/api/finance/exports/disbursements?programme=relief&format=xlsx')
      .set('x-api-key', saraburiKey)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect([sheet.getRow(2).getCell(2).value, sheet.getRow(2).getCell(14).value, sheet.getRow(3).getCell(14).value]).toEqual([
      '20 พ.ย. 2565',
      9000,
      5000,
    ]);
  });

  it('downloads totals with the net totals in Thai words', async () => {
    const csv = await get('/api/finance/exports/totals?programme=grants&groupBy=fiscalYear')
      .set('x-api-key', saraburiKey)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const [header, row] = parse(csv.body.toString('utf8').slice(1)) as string[][];
    expect(row[header.indexOf('เงินรับสุทธิ (บาท)')]).toBe('6749210.00');
    expect(row[header.indexOf('เงินรับสุทธิ (ตัวอักษร)')]).toBe('หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน');
  });

  it('the CODI fund-status report shows members, money in by source, benefits by kind and the balance carried', async () => {
    const res = await get('/api/finance/reports/codi-fund-status?fundId=phuket-talat-yai&fiscalYear=2566')
      .set('authorization', `Bearer ${token.phuket}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const lines = new Map<string, (string | number | null)[]>();
    workbook.worksheets[0].eachRow((row) =>
      lines.set(
        String(row.getCell(1).value),
        [2, 3, 4].map((n) => row.getCell(n).value as string | number | null),
      ),
    );
    expect(lines.has('แบบแสดงสถานะกองทุนสวัสดิการชุมชน')).toBe(true);
    expect(lines.get('สมาชิกที่ส่งเงินสมทบในปี (คน)')![0]).toBe(2);
    expect(lines.get('สมาชิกใหม่ที่ชำระค่าสมัครในปี (คน)')![0]).toBe(1);
    expect(lines.get('เงินสมทบจากรัฐ/ท้องถิ่น')![1]).toBe(3000);
    expect(lines.get('รวมเงินรับ')!.slice(1)).toEqual([3760, 'สามพันเจ็ดร้อยหกสิบบาทถ้วน']);
    expect(lines.get('สวัสดิการ: เจ็บป่วย/นอนโรงพยาบาล')!.slice(0, 2)).toEqual([1, 0]);
    expect(lines.get('สวัสดิการ: เสียชีวิต/ฌาปนกิจ')![1]).toBe(3000);
    expect(lines.get('ค่าบริหารจัดการ: office')![1]).toBe(150);
    expect(lines.get('ยอดยกมาต้นปี')![1]).toBe(5000);
    expect(lines.get('ยอดคงเหลือยกไป')!.slice(1)).toEqual([5610, 'ห้าพันหกร้อยสิบบาทถ้วน']);
    await get('/api/finance/reports/codi-fund-status?fundId=phuket-talat-yai&fiscalYear=2566').set('x-api-key', saraburiKey).expect(403);
    await get('/api/finance/reports/codi-fund-status?fundId=no-such-fund&fiscalYear=2566').set('x-api-key', saraburiKey).expect(403);
    const missing = await get('/api/finance/reports/codi-fund-status?fundId=no-such-fund&fiscalYear=2566').set(
      'authorization',
      `Bearer ${token.admin}`,
    );
    expect([missing.status, missing.body.code]).toEqual([404, 'finance.fund.not-found']);
  });
});
