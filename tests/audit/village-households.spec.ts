import request from 'supertest';
import { TokenIssuer } from '@kongthun/http';
import { addDays, dateOfInstant } from '@kongthun/kernel';
import { household } from '../relief/embedded-relief-fixture';
import { startEmbeddedWithAudit } from './embedded-audit-fixture';

const today = dateOfInstant(new Date().toISOString());
const VILLAGE = '86010101';
const counts = (households: number, asOf = '2025-10-31') => ({
  source: 'สถิติจำนวนบ้าน กรมการปกครอง (test)',
  asOf,
  villages: [{ villageCode: VILLAGE, households }],
});

/**
 * Village household counts imported through the audit API, judged against relief's own
 * registrations as they reach the auditor on the bus: a village already over its new count is
 * flagged by the import itself.
 */
describe('village household counts imported into the embedded auditor', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedWithAudit>>;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    host = await startEmbeddedWithAudit();
    const issuer = host.app.get(TokenIssuer);
    tokens.officer = `Bearer ${await issuer.issue({ userId: 'officer-cp', role: 'relief-officer', scope: { areas: ['86'] } })}`;
    tokens.phuketAuditor = `Bearer ${await issuer.issue({ userId: 'auditor-pk', role: 'auditor', scope: { areas: ['83'] } })}`;
    tokens.auditor = `Bearer ${await issuer.issue({ userId: 'auditor-national', role: 'auditor', scope: { national: true } })}`;
    const relief = (path: string, body: object) =>
      request(host.app.getHttpServer()).post(`/api/relief${path}`).set('authorization', tokens.officer).send(body);
    await relief('/declarations', {
      declarationId: 'cp-ghosts',
      name: 'อุทกภัย',
      disasterType: 'flood',
      areaCodes: ['860101'],
      disasterDate: addDays(today, -5),
      from: addDays(today, -5),
      until: addDays(today, 60),
      documentRef: 'ประกาศ',
      expectedHouseholds: 10,
    }).expect(201);
    for (const n of [1, 2, 3]) await relief('/declarations/cp-ghosts/households', household(n, VILLAGE)).expect(201);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const log = await (await host.audit.module.ledger.moneyLog()).readMoneyLog({ maxCount: 10_000 });
      if (log.filter((entry) => entry.message.type === 'money.beneficiary.registered').length >= 3) break;
      if (Date.now() > deadline) throw new Error('relief registrations never reached the money log');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await host.post('/api/audit/checks', 'auditor').expect(201);
  }, 60_000);
  afterAll(() => host?.close());

  const put = (as: 'auditor' | 'phuketAuditor', body: object) =>
    request(host.app.getHttpServer()).put('/api/audit/village-households').set('authorization', tokens[as]).send(body);

  it('a count of 2 for a village with 3 relief registrations flags it at once; the same import again flags nothing more', async () => {
    expect((await put('auditor', counts(2)).expect(200)).body).toEqual({ imported: 1, villagesHeld: 1, findingsRaised: 1 });
    expect((await put('auditor', counts(2)).expect(200)).body).toEqual({ imported: 1, villagesHeld: 1, findingsRaised: 0 });
    const { findings } = (await host.get('/api/audit/findings', 'auditor').expect(200)).body;
    expect(findings.filter((finding: { rule: string }) => finding.rule === 'red-flag.village-over-households')).toMatchObject([
      {
        areaCode: VILLAGE,
        details: expect.objectContaining({ registered: 3, referenceHouseholds: 2, programme: 'relief', unitId: 'cp-ghosts' }),
      },
    ]);
    expect((await host.get('/api/audit/village-households', 'auditor').expect(200)).body).toEqual([
      { villageCode: VILLAGE, households: 2, source: 'สถิติจำนวนบ้าน กรมการปกครอง (test)', asOf: '2025-10-31' },
    ]);
  });

  it('an older statistic does not replace a newer one', async () => {
    await put('auditor', counts(500, '2024-01-31')).expect(200);
    expect((await host.get('/api/audit/village-households', 'auditor').expect(200)).body).toMatchObject([{ households: 2 }]);
  });

  it('refuses a village named twice (422) and a village outside a scoped auditor’s areas (403)', async () => {
    const twice = { ...counts(2), villages: [...counts(2).villages, ...counts(3).villages] };
    expect((await put('auditor', twice).expect(422)).body).toMatchObject({ code: 'red-flags.village-households-invalid' });
    expect((await put('phuketAuditor', counts(2)).expect(403)).body).toMatchObject({ code: 'auth.out-of-scope' });
  });
});
