import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { verifyBundle } from '@kongthun/audit-evidence';
import { addDays, dateOfInstant } from '@kongthun/kernel';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';
import { houseNo, household } from './embedded-relief-fixture';
import { Json, reliefCaller, succeeded } from './relief-http-caller';

const today = dateOfInstant(new Date().toISOString());

/**
 * apps/disaster-relief and apps/audit as their own processes on PostgreSQL, the local Kafka broker
 * and MongoDB: relief's payments reach the audit ledger and the auditor's money log through Kafka
 * only, a relief payment's evidence bundle verifies offline, and the auditor's rules flag relief's
 * own contract: three households paid into one account, and one paid after its subdistrict left
 * the zone.
 */
describeWithEngine('kafka', 'disaster relief audited, distributed', (brokers) => {
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const database = runDatabase(engineUrl('postgres'), `kt_relief_audit_run_${run}`);
  const mongoUrl = engineUrl('mongo');
  const secret = `jwt-${run}`;
  // Ports no other distributed test draws from (they use 3700–4389), so suites may run side by side.
  const reliefPort = 4500 + Math.floor(Math.random() * 90);
  const auditPort = reliefPort + 100;
  const declarationId = `audited-flood-${run}`;
  const runId = `audited-run-${run}`;
  // The account hash is keyed by the test's key, shared by every run: an account of this run only,
  // so the shared-account finding is raised by this run's payments and not an earlier run's.
  const sharedAccount = `020-1-${String(parseInt(run.slice(-6), 16) % 100_000).padStart(5, '0')}-8`;
  const services: ServiceProcess[] = [];
  beforeAll(() => database.create());
  afterAll(async () => {
    for (const service of services) service.stop();
    // The services hold the database open until they have stopped.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await database.drop();
  });

  const caller = reliefCaller(secret);
  const call = (port: number, method: string, path: string, as: string, body?: object | string) =>
    caller(`http://127.0.0.1:${port}${path}`, method, as, body);
  const relief = async (method: string, path: string, as: string, body?: object | string) =>
    succeeded(path, await call(reliefPort, method, `/api/relief${path}`, as, body));
  const audit = (path: string) => call(auditPort, 'GET', `/api/audit${path}`, 'auditor-national');
  const outputs = () => `\nrelief output:\n${services[0]?.output().slice(-2000)}\naudit output:\n${services[1]?.output().slice(-3000)}`;
  /** The findings over these payments: the money topic is shared, so pages hold earlier runs' findings too. */
  const findingsOver = async (eventIds: Set<string>): Promise<Json[]> => {
    const mine: Json[] = [];
    for (let cursor: string | undefined; ;) {
      const page = (await audit(`/findings?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body ?? {};
      mine.push(
        ...((page.findings as Json[] | undefined) ?? []).filter((finding) =>
          (finding.evidenceEventIds as string[]).some((id) => eventIds.has(id)),
        ),
      );
      if (!page.nextCursor) return mine;
      cursor = page.nextCursor as string;
    }
  };

  (database.url && mongoUrl ? it : it.skip)(
    "relief's payments reach the auditor through Kafka: replayed books, a verifying evidence bundle, red flags over relief's contract",
    async () => {
      const common = { DATABASE_URL: database.url!, KAFKA_BROKERS: brokers, KONGTHUN_JWT_SECRET: secret };
      services.push(
        await startService('disaster-relief', {
          ...common,
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_test_relief_audited_views_${run}`,
          KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key',
          KONGTHUN_PERSONAL_DATA_KEY: 'distributed-test-personal-data-master-key',
          PORT: String(reliefPort),
        }),
      );
      services.push(
        await startService('audit', {
          ...common,
          PORT: String(auditPort),
          KONGTHUN_AUDIT_TOPICS: 'kongthun.relief.events',
          KONGTHUN_AUDIT_LEDGER_SCHEMA: `kt_ledger_${run}`,
          KONGTHUN_AUDIT_SCHEMA: `kt_audit_${run}`,
          KONGTHUN_AUDIT_GROUP: `audit-relief-test-${run}`,
          KONGTHUN_RED_FLAGS_FILE: join(__dirname, '../../config/red-flags.json'),
          KONGTHUN_AUDIT_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'kt-audit-')), 'signing-key.pem'),
          AUDIT_SIGN_EVERY_MS: '1000',
          AUDIT_CHECK_EVERY_MS: '0',
        }),
      );

      const officer = 'officer-cp';
      await relief('POST', '/declarations', officer, {
        declarationId,
        name: 'อุทกภัยอำเภอเมืองชุมพร',
        disasterType: 'flood',
        areaCodes: ['860101', '860102'],
        disasterDate: addDays(today, -10),
        from: addDays(today, -10),
        until: addDays(today, 60),
        documentRef: 'ประกาศจังหวัดชุมพร ที่ 18',
        expectedHouseholds: 100,
      });
      // Three households of Tha Taphao paid into one account; the fourth lives in Na Cha-ang (860102).
      const sharing = (n: number) => ({ ...household(n), payee: { method: 'bank-transfer' as const, account: sharedAccount } });
      for (const person of [sharing(1), sharing(2), sharing(3), household(4, '86010201')]) {
        await relief('POST', `/declarations/${declarationId}/households`, officer, person);
        // Each: house repair 20,000 and the 10-day band 9,000.
        await relief('POST', `/declarations/${declarationId}/assessments`, officer, {
          houseRegistrationNo: person.houseRegistrationNo,
          assessmentId: `as-${person.houseRegistrationNo}`,
          floodDays: 10,
          items: [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
        });
      }
      await relief('POST', '/runs', officer, {
        runId,
        declarationId,
        programmeId: `audited-programme-${run}`,
        sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
        method: 'bank-transfer',
        controlTotals: { count: 4, amount: '116000.00' },
      });
      await relief('POST', `/runs/${runId}/dry-run`, officer);
      await relief('POST', `/runs/${runId}/approvals`, 'chair-cp');
      const file = await relief('POST', `/runs/${runId}/bank-file`, officer);
      const lines = file.text
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('D,'))
        .map((line) => line.split(','));
      expect(lines).toHaveLength(4);
      // Na Cha-ang leaves the zone after the file went to the bank: its household is paid outside the area.
      await relief('POST', `/declarations/${declarationId}/amendments`, officer, {
        amendmentId: `am-${run}`,
        addAreas: [],
        removeAreas: ['860102'],
        documentRef: 'แก้ไขประกาศจังหวัดชุมพร ที่ 18',
      });
      const settled = await relief(
        'POST',
        `/runs/${runId}/results`,
        officer,
        `reference,amount,status,reason,value_date\n${lines.map(([, reference, , amount]) => `${reference},${amount},SUCCESS,,${today}`).join('\n')}\n`,
      );
      expect(settled.body).toMatchObject({ lines: 4, paid: 4, failed: 0 });

      // Each household's settled payment, by its event id, from relief's own timeline view.
      const settledOf = (n: number) =>
        eventually(async () => {
          const timeline = await call(
            reliefPort,
            'GET',
            `/api/relief/declarations/${declarationId}/households/${houseNo(n)}/timeline`,
            'auditor-cp',
          );
          return (timeline.body?.entries as Json[] | undefined)?.find((entry) => entry.type === 'relief.payments.settled');
        }, `household ${n}'s settled payment in relief's views`);
      const payments = [await settledOf(1), await settledOf(2), await settledOf(3), await settledOf(4)];
      const payment = payments[0];

      // The ledger holds the run's stream, read from kongthun.relief.events only.
      const runTimeline = await eventually(async () => {
        const entries = (await audit(`/streams/relief-run-${runId}/timeline`)).body;
        return Array.isArray(entries) && entries.some((entry: Json) => entry.type === 'relief.run.result-file-imported')
          ? entries
          : undefined;
      }, "the run's result import in the audit ledger").catch((error) => {
        throw new Error(`${error}${outputs()}`);
      });
      expect(runTimeline.map((entry: Json) => entry.type)).toContain('relief.run.bank-file-exported');

      // The payment's evidence bundle verifies with the same verifier as `kongthun verify`; a tampered copy does not.
      const bundle = await eventually(
        async () => {
          const response = await audit(`/events/${payment.eventId}/evidence`);
          return response.status === 200 ? response.body : undefined;
        },
        'a signed head covering the payment',
        30_000,
      );
      expect(verifyBundle(bundle).valid).toBe(true);
      const text = JSON.stringify(bundle);
      expect(text).toContain(payment.eventId);
      expect(text).toContain(runId);
      expect(verifyBundle(JSON.parse(text.split(runId).join(`${runId}-forged`))).valid).toBe(false);

      // The money contract reached the auditor on kongthun.money.events: the declaration's books, recomputed with no relief code.
      const books = await eventually(async () => {
        const replay = await audit(`/units/relief/${declarationId}/replay`);
        return replay.status === 200 && replay.body?.disbursed?.total === '116000.00' ? replay.body : undefined;
      }, "the declaration's money messages in the auditor's money log").catch((error) => {
        throw new Error(`${error}${outputs()}`);
      });
      // Four households, two entitlements each, each paid once per entitlement.
      expect(books).toMatchObject({ committed: '116000.00', counts: { commitments: 8, disbursements: 8 } });

      // The auditor's rules over relief's contract, run by the audit process.
      const flagged = await eventually(
        async () => {
          await call(auditPort, 'POST', '/api/audit/checks', 'auditor-national');
          const findings = await findingsOver(new Set(payments.map((entry) => entry.eventId as string)));
          const rules = new Set(findings.map((finding) => finding.rule));
          return rules.has('red-flag.shared-payee-account') && rules.has('red-flag.paid-outside-unit-area') ? findings : undefined;
        },
        "the red flags over the declaration's payments",
        // The scanner starts from the shared money topic's first message: on a broker that earlier
        // suites (or earlier runs) have filled, reaching this run's payments takes longer under load.
        180_000,
      ).catch((error) => {
        throw new Error(`${error}${outputs()}`);
      });
      const byRule = (rule: string) => flagged.filter((finding) => finding.rule === rule);
      expect(byRule('red-flag.shared-payee-account')).toEqual([
        expect.objectContaining({ areaCode: '86010101', details: expect.objectContaining({ people: 3 }) }),
      ]);
      // Na Cha-ang's payment, and only it, was paid outside the area: one finding, as its two
      // entitlements share the evidence (the settled payment and the zone's terms).
      expect(byRule('red-flag.paid-outside-unit-area')).toEqual([
        expect.objectContaining({ areaCode: '86010201', evidenceEventIds: expect.arrayContaining([payments[3].eventId]) }),
      ]);
      expect(byRule('red-flag.paid-outside-unit-period')).toEqual([]);
    },
    420_000,
  );
});
