import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { verifyBundle } from '@kongthun/audit-evidence';
import { demoCitizenId } from '@kongthun/embedded';
import { KafkaMessageBus } from '@kongthun/messaging';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { StandInReliefProducer } from '../money-contract/stand-in-relief-producer';
import { payHospitalStay, PostToFunds } from '../support/hospital-stay';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * One person paid twice for one stay in hospital: by a Phuket welfare fund (apps/welfare-fund, its
 * own process) and by a second programme that publishes the same money contract (a stand-in for
 * disaster relief, in this process). apps/audit, a third process, learns of both only through the
 * Kafka broker and flags them as one need paid twice, across programmes, by keyed citizen-ID hash;
 * which purposes overlap (welfare sickness, relief medical) is configuration (config/red-flags.json).
 */
describeWithEngine('kafka', 'audit across programmes, distributed', (brokers) => {
  const serverUrl = engineUrl('postgres');
  const mongoUrl = engineUrl('mongo');
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const database = runDatabase(serverUrl, `kt_cross_run_${run}`);
  const databaseUrl = database.url;
  const secret = `jwt-${run}`;
  const hashKey = `cross-programme-key-${run}`;
  const welfarePort = 3900 + Math.floor(Math.random() * 90);
  const auditPort = welfarePort + 100;
  const fundId = `x-${run}`;
  const person = demoCitizenId(10_000 + Math.floor(Math.random() * 89_999));
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const services: ServiceProcess[] = [];
  let bus: KafkaMessageBus | undefined;

  beforeAll(() => database.create());
  afterAll(async () => {
    for (const service of services) service.stop();
    await bus?.close();
    await database.drop();
  });

  const jwt = new JwtService({ secret });
  const bearer = (sub: string, role: string, scope: object) => jwt.signAsync({ role, scope }, { subject: sub, expiresIn: '1h' });
  const call = async (
    port: number,
    method: string,
    path: string,
    token: string,
    body?: object,
  ): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };

  (databaseUrl && mongoUrl ? it : it.skip)(
    'the same person paid by welfare and by relief for one need is flagged across programmes; an auditor of another province sees none of it',
    async () => {
      const common = { DATABASE_URL: databaseUrl!, KAFKA_BROKERS: brokers, KONGTHUN_JWT_SECRET: secret };
      services.push(
        await startService('welfare-fund', {
          ...common,
          PORT: String(welfarePort),
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_cross_views_${run}`,
          KONGTHUN_CITIZEN_ID_KEY: hashKey,
          KONGTHUN_PERSONAL_DATA_KEY: 'cross-programme-personal-data-master-key',
        }),
      );
      services.push(
        await startService('audit', {
          ...common,
          PORT: String(auditPort),
          KONGTHUN_AUDIT_TOPICS: 'kongthun.welfare.events,kongthun.relief.events',
          KONGTHUN_AUDIT_GROUP: `audit-cross-${run}`,
          KONGTHUN_RED_FLAGS_FILE: join(__dirname, '../../config/red-flags.json'),
          KONGTHUN_AUDIT_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'kt-audit-')), 'signing-key.pem'),
          AUDIT_SIGN_EVERY_MS: '1000',
          AUDIT_CHECK_EVERY_MS: '0',
        }),
      );

      // Welfare: a Phuket fund pays its member for three nights in hospital, by PromptPay.
      const roles = { admin: 'admin', malee: 'treasurer', somchai: 'committee', prasert: 'committee' } as const;
      const welfare: PostToFunds = async (path, as, body = {}) => {
        const token = await bearer(as, roles[as], as === 'admin' ? {} : { funds: [fundId] });
        const response = await call(welfarePort, 'POST', `/api/welfare/funds${path}`, token, body);
        expect({ path, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
          path,
          status: 201,
          body: null,
        });
      };
      await payHospitalStay(welfare, fundId, person, {
        payoutId: 'p-1',
        method: 'promptpay',
        reference: 'pp-1',
        paidOn: today,
        payeeAccount: '0812345678',
      });

      // Relief (the stand-in): a flood declaration over Phuket pays the same person for the same stay, as "medical".
      const relief = new StandInReliefProducer(hashKey);
      const declaration = `flood-${run}`;
      await relief.declare(declaration, ['83'], '2024-01-01', '2027-12-31');
      await relief.receiveBudget(declaration, 'b-1', '1000000.00', '2024-09-01');
      const reliefPayment = await relief.pay(declaration, {
        paymentId: 'r-1',
        citizenId: person,
        account: '1234567890',
        category: 'medical',
        eventDate: '2024-09-10',
        amount: '3000.00',
        paidOn: today,
        areaCode: '83010101',
      });
      bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: `relief-stand-in-${run}` });
      const publishers = relief.publishers(bus);
      for (const publisher of publishers) await publisher.start();
      for (const publisher of publishers) await publisher.drained();
      for (const publisher of publishers) await publisher.stop();

      const national = await bearer('auditor-national', 'auditor', { national: true });
      const duplicate = await eventually(
        async () => {
          await call(auditPort, 'POST', '/api/audit/checks', national);
          const findings = (await call(auditPort, 'GET', '/api/audit/findings?limit=500', national)).body.findings as Json[];
          return findings.find(
            (finding) => finding.rule === 'red-flag.duplicate-payment' && finding.evidenceEventIds.includes(reliefPayment.id),
          );
        },
        'the cross-programme duplicate',
        90_000,
      ).catch((error) => {
        throw new Error(
          `${error}\nwelfare output:\n${services[0].output().slice(-2000)}\naudit output:\n${services[1].output().slice(-2000)}`,
        );
      });
      // The payout lives in the fund's books for the year, one of the fund's streams: welfare's store says which.
      const source = new Client({ connectionString: databaseUrl });
      await source.connect();
      const booksStream = (
        await source.query<{ stream_id: string }>(
          `SELECT stream_id FROM welfare.events WHERE event_type = 'welfare.payout.made' AND data->>'fundId' = $1`,
          [fundId],
        )
      ).rows[0].stream_id;
      await source.end();
      const welfarePayout = await eventually(async () => {
        const timeline = (await call(auditPort, 'GET', `/api/audit/streams/${booksStream}/timeline`, national)).body;
        return Array.isArray(timeline) ? (timeline as Json[]).find((entry) => entry.type === 'welfare.payout.made') : undefined;
      }, 'the welfare payout in the ledger');
      expect(duplicate.evidenceEventIds).toEqual(expect.arrayContaining([welfarePayout.eventId, reliefPayment.id]));
      expect(duplicate).toMatchObject({ severity: 'high', details: expect.objectContaining({ programme: 'relief' }) });

      // Its evidence bundle holds both programmes' events, proven in the ledger, and verifies offline.
      const bundle = await eventually(
        async () => {
          const response = await call(auditPort, 'GET', `/api/audit/findings/${duplicate.findingId}/evidence`, national);
          return response.status === 200 ? response.body : undefined;
        },
        'a signed head covering the evidence',
        20_000,
      );
      expect(verifyBundle(bundle).valid).toBe(true);

      // A Saraburi auditor (area 19) sees none of it; a Phuket one (83) does.
      const saraburi = await bearer('auditor-saraburi', 'auditor', { areas: ['19'] });
      const phuket = await bearer('auditor-phuket', 'auditor', { areas: ['83'] });
      const listed = async (token: string) =>
        ((await call(auditPort, 'GET', '/api/audit/findings?limit=500', token)).body.findings as Json[]).map(
          (finding) => finding.findingId,
        );
      expect(await listed(saraburi)).not.toContain(duplicate.findingId);
      expect(await listed(phuket)).toContain(duplicate.findingId);
      for (const path of [
        `/api/audit/findings/${duplicate.findingId}`,
        `/api/audit/findings/${duplicate.findingId}/evidence`,
        `/api/audit/streams/welfare-fund-${fundId}/timeline`,
        `/api/audit/units/relief/${declaration}/replay`,
      ]) {
        expect({ path, status: (await call(auditPort, 'GET', path, saraburi)).status }).toEqual({ path, status: 403 });
      }
      const books = (await call(auditPort, 'GET', `/api/audit/units/relief/${declaration}/replay`, phuket)).body;
      expect(books).toMatchObject({ balance: expect.any(String) });
    },
    240_000,
  );
});
