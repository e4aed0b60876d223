import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { verifyBundle } from '@kongthun/audit-evidence';
import { demoCitizenId } from '@kongthun/embedded';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { payHospitalStay, PostToFunds } from '../support/hospital-stay';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';
import { dateOfInstant } from '@kongthun/welfare-domain';

/** Approvals are recorded as of now, and a payout may not be dated before its approval. */
const today = dateOfInstant(new Date().toISOString());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The real stack: apps/welfare-fund and apps/audit as their own processes, on PostgreSQL, the
 * local Kafka broker and MongoDB. Commands over HTTP reach the audit ledger through Kafka only;
 * a double payment raises a finding; edits to the welfare store behind the service's back are
 * each reported by the next chain check with their stream and revision.
 */
describeWithEngine('kafka', 'audit service, distributed', (brokers) => {
  const serverUrl = engineUrl('postgres');
  const database = runDatabase(serverUrl, `kt_audit_run_${uuidv7().replace(/-/g, '').slice(-10)}`);
  const databaseUrl = database.url;
  beforeAll(() => database.create());
  const mongoUrl = engineUrl('mongo');
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const secret = `jwt-${run}`;
  const welfarePort = 3700 + Math.floor(Math.random() * 90);
  const auditPort = welfarePort + 100;
  const funds = [`a-${run}`, `b-${run}`];
  // A person of this run only: the topic keeps earlier runs' events, which the new ledger reads too.
  const person = demoCitizenId(10_000 + Math.floor(Math.random() * 89_999));
  const services: ServiceProcess[] = [];
  let admin: Client | undefined;
  afterAll(async () => {
    for (const service of services) service.stop();
    await admin?.end();
    await database.drop();
  });

  const jwt = new JwtService({ secret });
  // The auditor is national: an area-scoped one sees only what welfare's money messages place in their areas.
  const bearer = async (sub: string, role: string) =>
    `Bearer ${await jwt.signAsync({ role, scope: role === 'auditor' ? { national: true } : { funds } }, { subject: sub, expiresIn: '1h' })}`;
  const call = async (
    port: number,
    method: string,
    path: string,
    as: [string, string],
    body?: object,
  ): Promise<{ status: number; body: Json }> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: await bearer(...as), 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };
  const welfare = async (path: string, as: [string, string], body: object = {}) => {
    const response = await call(welfarePort, 'POST', `/api/welfare/funds${path}`, as, body);
    expect({ path, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
      path,
      status: 201,
      body: null,
    });
  };
  const auditor: [string, string] = ['auditor-national', 'auditor'];
  const roles = { admin: 'admin', malee: 'treasurer', somchai: 'committee', prasert: 'committee' } as const;
  const asFundPerson: PostToFunds = (path, as, body) => welfare(path, [as, roles[as]], body);

  (databaseUrl && mongoUrl ? it : it.skip)(
    'welfare commands reach the ledger through Kafka, a double payment is raised, and tampering is caught',
    async () => {
      const common = { DATABASE_URL: databaseUrl!, KAFKA_BROKERS: brokers, KONGTHUN_JWT_SECRET: secret };
      services.push(
        await startService('welfare-fund', {
          ...common,
          PORT: String(welfarePort),
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_test_views_${run}`,
          KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key',
          KONGTHUN_PERSONAL_DATA_KEY: 'distributed-test-personal-data-master-key',
        }),
      );
      services.push(
        await startService('audit', {
          ...common,
          PORT: String(auditPort),
          WELFARE_SOURCE_DATABASE_URL: databaseUrl!,
          KONGTHUN_AUDIT_TOPICS: 'kongthun.welfare.events',
          KONGTHUN_AUDIT_LEDGER_SCHEMA: `kt_ledger_${run}`,
          KONGTHUN_AUDIT_SCHEMA: `kt_audit_${run}`,
          KONGTHUN_AUDIT_GROUP: `audit-test-${run}`,
          KONGTHUN_AUDIT_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'kt-audit-')), 'signing-key.pem'),
          AUDIT_SIGN_EVERY_MS: '1000',
          AUDIT_CHECK_EVERY_MS: '0',
        }),
      );

      // One person, enrolled in two funds, paid by both for the same nights in hospital.
      for (const fundId of funds) {
        await payHospitalStay(asFundPerson, fundId, person, { payoutId: 'p-1', method: 'cash', reference: 'PV-1', paidOn: today });
      }

      // A fund is several streams: the payout lives in the year's books, the member's life in the member's stream.
      // Where each landed is read from welfare's own store; the ledger must then hold them, through Kafka.
      admin = new Client({ connectionString: databaseUrl });
      await admin.connect();
      const stored = async (type: string, fundId: string) =>
        (
          await admin!.query<{ id: string; stream_id: string; stream_revision: string }>(
            `SELECT event_id AS id, stream_id, stream_revision FROM welfare.events WHERE event_type = $1 AND data->>'fundId' = $2`,
            [type, fundId],
          )
        ).rows[0];
      const payouts = await Promise.all(funds.map((fundId) => stored('welfare.payout.made', fundId)));
      const payoutIds = payouts.map((payout) => payout.id);
      // A member's events live in the stream of the fiscal year they were recorded in: the one holding the enrolment.
      const memberStreams = (await Promise.all(funds.map((fundId) => stored('welfare.member.enrolled', fundId)))).map(
        (enrolment) => enrolment.stream_id,
      );
      const timelineOf = async (streamId: string): Promise<Json[]> =>
        (await call(auditPort, 'GET', `/api/audit/streams/${streamId}/timeline`, auditor)).body as Json[];
      await eventually(async () => {
        const inLedger = await Promise.all(payouts.map((payout) => timelineOf(payout.stream_id)));
        return inLedger.every((timeline, i) => Array.isArray(timeline) && timeline.some((entry) => entry.eventId === payoutIds[i]))
          ? inLedger
          : undefined;
      }, 'both payouts in the ledger').catch(async (error) => {
        throw new Error(`${error}\naudit output:\n${services[1].output().slice(-3000)}`);
      });
      // Enrolled, paid 12 months, claimed, approved twice, approved: the member's stream before the tampering below.
      const memberTimeline = await eventually(async () => {
        const timeline = await timelineOf(memberStreams[1]);
        return Array.isArray(timeline) && timeline.length >= 6 ? timeline : undefined;
      }, "the member's stream in the ledger");
      expect(memberTimeline.length).toBeGreaterThanOrEqual(6);

      const checks = (await call(auditPort, 'POST', '/api/audit/checks', auditor)).body;
      const ours = (problems: Json[]) => problems.filter((problem) => funds.some((fundId) => String(problem.streamId).includes(fundId)));
      expect(ours(checks.chain.problems)).toEqual([]);
      // Red flags read the money contract, which reaches the auditor on its own topic: scan until both payouts are there.
      const duplicate = await eventually(async () => {
        await call(auditPort, 'POST', '/api/audit/checks', auditor);
        const findings = (await call(auditPort, 'GET', '/api/audit/findings?limit=500', auditor)).body.findings as Json[];
        return findings.find(
          (finding) => finding.rule === 'red-flag.duplicate-payment' && payoutIds.every((id) => finding.evidenceEventIds.includes(id)),
        );
      }, 'the duplicate payment to be raised from the money contract').catch((error) => {
        throw new Error(
          `${error}\nwelfare output:\n${services[0].output().slice(-3000)}\naudit output:\n${services[1].output().slice(-3000)}`,
        );
      });
      expect(duplicate).toMatchObject({ areaCode: '830101', severity: 'high' });
      const bundle = await eventually(
        async () => {
          const response = await call(auditPort, 'GET', `/api/audit/findings/${duplicate!.findingId}/evidence`, auditor);
          return response.status === 200 ? response.body : undefined;
        },
        'a signed head covering the evidence',
        10_000,
      );
      expect(verifyBundle(bundle).valid).toBe(true);

      // A database administrator edits the welfare store, with its immutability trigger switched off:
      // the amount of fund a's payout in its books, and fund b's member's stream (one event deleted, two swapped).
      const a = payouts[0].stream_id;
      const changed = payouts[0].stream_revision;
      const b = memberStreams[1];
      await admin.query(`BEGIN; ALTER TABLE welfare.events DISABLE TRIGGER USER;
      UPDATE welfare.events SET data = jsonb_set(data, '{amount}', '"3000.00"') WHERE stream_id = '${a}' AND stream_revision = ${changed};
      DELETE FROM welfare.events WHERE stream_id = '${b}' AND stream_revision = 2;
      UPDATE welfare.events SET stream_revision = -1 WHERE stream_id = '${b}' AND stream_revision = 4;
      UPDATE welfare.events SET stream_revision = 4 WHERE stream_id = '${b}' AND stream_revision = 5;
      UPDATE welfare.events SET stream_revision = 5 WHERE stream_id = '${b}' AND stream_revision = -1;
      ALTER TABLE welfare.events ENABLE TRIGGER USER; COMMIT;`);

      // The edited streams received no new event, so only the full check rereads them.
      const after = (await call(auditPort, 'POST', '/api/audit/checks?full=true', auditor)).body;
      expect(ours(after.chain.problems).map((problem) => [problem.problem, problem.streamId, problem.streamRevision])).toEqual([
        ['source.event-changed', a, String(changed)],
        ['source.event-lost', b, '2'],
        ['source.event-reordered', b, '4'],
        ['source.event-reordered', b, '5'],
      ]);
      const raised = (await call(auditPort, 'GET', '/api/audit/findings?limit=500', auditor)).body.findings as Json[];
      expect(
        raised
          .filter((finding) => finding.rule.startsWith('chain.source.') && [a, b].includes(finding.streamId))
          .map((finding) => finding.rule)
          .sort(),
      ).toEqual(['chain.source.event-changed', 'chain.source.event-lost', 'chain.source.event-reordered', 'chain.source.event-reordered']);
    },
    240_000,
  );
});
