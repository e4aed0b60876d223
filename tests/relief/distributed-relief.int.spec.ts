import { v7 as uuidv7 } from 'uuid';
import { MONEY_CONTRACT_TOPIC } from '@kongthun/money-contract';
import { KafkaMessageBus } from '@kongthun/messaging';
import { addDays, dateOfInstant } from '@kongthun/kernel';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';
import { citizenId, houseNo, household } from './embedded-relief-fixture';
import { Json, reliefCaller, succeeded } from './relief-http-caller';

const today = dateOfInstant(new Date().toISOString());
const REGISTRATION_HEADER =
  'house_registration_no,village_code,head_citizen_id,head_ref,member_citizen_ids,member_refs,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account';

/**
 * apps/disaster-relief as its own process on PostgreSQL (a database of this run), Kafka and
 * MongoDB (a views database of this run): a small declaration walked through HTTP, its money
 * contract read back from Kafka, its views answered from MongoDB once the service's consumer has
 * projected its own events.
 */
describeWithEngine('kafka', 'disaster relief, distributed', (brokers) => {
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const database = runDatabase(engineUrl('postgres'), `kt_relief_run_${run}`);
  const mongoUrl = engineUrl('mongo');
  const secret = `jwt-${run}`;
  const port = 3900 + Math.floor(Math.random() * 90);
  const declarationId = `dist-flood-${run}`;
  const runId = `dist-run-${run}`;
  const services: ServiceProcess[] = [];
  beforeAll(() => database.create());
  afterAll(async () => {
    for (const service of services) service.stop();
    // The service holds the database open until it has stopped.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await database.drop();
  });

  const caller = reliefCaller(secret);
  const call = (method: string, path: string, as: string, body?: object | string) =>
    caller(`http://127.0.0.1:${port}/api/relief${path}`, method, as, body);
  /** A write that must succeed: its status, or the service's answer when it does not. */
  const ok = async (method: string, path: string, as: string, body?: object | string) =>
    succeeded(path, await call(method, path, as, body));

  (database.url && mongoUrl ? it : it.skip)(
    'walks a declaration through HTTP, publishes its money contract to Kafka and answers its views from MongoDB',
    async () => {
      services.push(
        await startService('disaster-relief', {
          DATABASE_URL: database.url!,
          KAFKA_BROKERS: brokers,
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_test_relief_views_${run}`,
          KONGTHUN_JWT_SECRET: secret,
          KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key',
          KONGTHUN_PERSONAL_DATA_KEY: 'distributed-test-personal-data-master-key',
          PORT: String(port),
        }),
      );
      const officer = 'officer-cp';
      await ok('POST', '/declarations', officer, {
        declarationId,
        name: 'อุทกภัยอำเภอเมืองชุมพร',
        disasterType: 'flood',
        areaCodes: ['860101'],
        disasterDate: addDays(today, -10),
        from: addDays(today, -10),
        until: addDays(today, 60),
        documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
        expectedHouseholds: 100,
      });
      await ok('POST', `/declarations/${declarationId}/households`, officer, household(1));
      await ok('POST', `/declarations/${declarationId}/households`, officer, household(2));
      const third = household(3);
      const imported = await ok(
        'POST',
        `/declarations/${declarationId}/households/import`,
        officer,
        `${REGISTRATION_HEADER}\n${[third.houseRegistrationNo, third.villageCode, third.head.citizenId, 'pd-3', '', '', 'cert-3', citizenId(900), 'ประชาคม', 'bank-transfer', '0201000037'].join(',')}\n`,
      );
      expect(imported.body).toMatchObject({ rows: 1, accepted: 1, refused: 0 });
      // Each: house repair 20,000 and the 10-day band 9,000.
      await ok('POST', `/declarations/${declarationId}/assessments`, officer, {
        houseRegistrationNo: houseNo(1),
        assessmentId: 'as-1',
        floodDays: 10,
        items: [{ item: 'house-repair', quantity: 1, assessedCost: '20000.00' }],
      });
      await ok(
        'POST',
        `/declarations/${declarationId}/assessments/import`,
        officer,
        `house_registration_no,assessment_id,flood_days,items\n${houseNo(2)},as-2,10,house-repair:1:20000.00\n${houseNo(3)},as-3,10,house-repair:1:20000.00\n`,
      );
      await ok('POST', '/runs', officer, {
        runId,
        declarationId,
        programmeId: `dist-programme-${run}`,
        sourceName: 'กองทุนพัฒนาสังคมจังหวัดชุมพร',
        method: 'bank-transfer',
        controlTotals: { count: 3, amount: '87000.00' },
      });
      const dry = await ok('POST', `/runs/${runId}/dry-run`, officer);
      expect(dry.body).toMatchObject({ applicableCount: 3, applicableAmount: '87000.00' });
      await ok('POST', `/runs/${runId}/approvals`, 'chair-cp');
      const file = await ok('POST', `/runs/${runId}/bank-file`, officer);
      const lines = file.text
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('D,'))
        .map((line) => line.split(','));
      expect(lines).toHaveLength(3);
      const [failed, ...paid] = lines.map(([, reference, , amount]) => ({ reference, amount }));
      const result = await ok(
        'POST',
        `/runs/${runId}/results`,
        officer,
        `reference,amount,status,reason,value_date\n${failed.reference},${failed.amount},FAILED,ACCOUNT CLOSED,${today}\n${paid
          .map(({ reference, amount }) => `${reference},${amount},SUCCESS,,${today}`)
          .join('\n')}\n`,
      );
      expect(result.body).toMatchObject({ lines: 3, paid: 2, failed: 1 });

      // The money contract of this declaration, read back from the topic the auditor reads.
      const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: `relief-distributed-${run}` });
      const messages: Json[] = [];
      const consumer = await bus.consume({
        groupId: `relief-distributed-${run}`,
        topics: [MONEY_CONTRACT_TOPIC],
        fromBeginning: true,
        handle: async (message) => {
          const value = JSON.parse(message.value) as Json;
          if (value.unitId === declarationId) messages.push(value);
        },
      });
      try {
        await eventually(
          // Messages are keyed by source stream: the declaration's partition may be read after the buckets'.
          async () =>
            messages.some((message) => message.type === 'money.unit.declared') &&
            messages.filter((message) => message.type === 'money.commitment.made').length >= 6 &&
            messages.filter((message) => message.type === 'money.disbursement.made').length >= 4
              ? true
              : undefined,
          'the declaration, commitments and disbursements on Kafka',
          90_000,
        ).catch((error) => {
          throw new Error(
            `${error}\nseen: ${messages.map((m) => m.type).join(', ')}\nrelief output:\n${services[0].output().slice(-3000)}`,
          );
        });
      } finally {
        await consumer.stop();
        await bus.close();
      }
      const count = (type: string) => messages.filter((message) => message.type === type).length;
      expect(count('money.unit.declared')).toBe(1);
      // Three households, two entitlements each; two paid, one payment per entitlement, none for the failed one.
      expect(count('money.commitment.made')).toBe(6);
      expect(count('money.disbursement.made')).toBe(4);
      expect(messages.every((message) => message.programme === 'relief')).toBe(true);

      // The views, from MongoDB: they trail the writes by the service's own consumer.
      const dashboard = await eventually(async () => {
        const answer = await call('GET', `/declarations/${declarationId}`, 'auditor-cp');
        return answer.body?.households?.paid === 2 ? answer.body : undefined;
      }, 'the dashboard to count the payments');
      expect(dashboard.households).toEqual({ registered: 3, assessed: 3, paid: 2 });
      expect(dashboard.byItem).toEqual(
        expect.arrayContaining([
          { item: 'house-repair', households: 3, entitled: '60000.00', paid: '40000.00' },
          { item: 'flood-duration', households: 3, entitled: '27000.00', paid: '18000.00' },
        ]),
      );
      const status = await eventually(async () => {
        const answer = await call('GET', `/runs/${runId}`, 'chair-cp');
        return answer.body?.payments?.failed ? answer.body : undefined;
      }, 'the run status to count the failure');
      expect(status.payments).toEqual({ paid: { count: 2, amount: '58000.00' }, failed: { count: 1, amount: '29000.00' } });
      const timeline = await call('GET', `/declarations/${declarationId}/households/${houseNo(1)}/timeline`, 'auditor-cp');
      expect(timeline.body?.entries.map((entry: Json) => entry.type)).toEqual([
        'relief.households.registered',
        'relief.households.assessed',
        'relief.payments.issued',
        expect.stringMatching(/^relief\.payments\.(settled|failed)$/),
      ]);

      // Operated like every other service: its document for the gateway to merge, Prometheus
      // metrics by route, and a public health that shows its breakers (MongoDB among them).
      const base = `http://127.0.0.1:${port}`;
      const document = (await (await fetch(`${base}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
      expect(document).toMatchObject({ openapi: '3.1.0', info: { title: 'Kongthun disaster-relief service' } });
      expect(Object.keys(document.paths)).toContain('/api/relief/declarations');
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/kongthun_http_request_duration_seconds_count\{[^}]*route="\/api\/relief\/declarations"/);
      const health = await fetch(`${base}/health`);
      expect(health.status).toBe(200);
      expect(JSON.stringify(await health.json())).toContain(`mongo.kt_test_relief_views_${run}`);
    },
    240_000,
  );
});
