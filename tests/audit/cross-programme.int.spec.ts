import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { verifyBundle } from '@kongthun/audit-evidence';
import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor } from '@kongthun/http';
import { KeyedHasher } from '@kongthun/kernel';
import { EventLogPublisher, InMemoryCheckpointStore, KafkaMessageBus } from '@kongthun/messaging';
import { reliefMoneyPublisher } from '@kongthun/relief-service';
import { reliefServices } from '@kongthun/relief-service/testing';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { PostToFunds } from '../support/hospital-stay';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Welfare's rules with a death benefit a one-member fund can pay (300 baht) after 180 days of membership. */
const rules = {
  ...demoRules,
  benefits: demoRules.benefits.map((benefit) =>
    benefit.benefit === 'death' ? { ...benefit, amount: '300.00', waitingPeriodDays: 180 } : benefit,
  ),
};

/**
 * One death paid twice: a Phuket welfare fund (apps/welfare-fund, its own process) pays its death
 * benefit for a member who died in a flood, and disaster relief (relief's own services and money
 * publisher, in this process) pays the same man's funeral to his household. apps/audit, a third
 * process, learns of both only through the Kafka broker and flags them as one need paid twice,
 * across programmes, by keyed citizen-ID hash; which purposes overlap (welfare death, relief
 * funeral) is configuration (config/red-flags.json).
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
      await welfare('', 'admin', {
        fundId,
        name: `กองทุนทดสอบ ${fundId}`,
        areaCode: '830101',
        foundedOn: '2024-01-05',
        rules,
        committee: [
          { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
          { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
          { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
        ],
      });
      await welfare(`/${fundId}/members`, 'malee', {
        memberId: 'm-1',
        citizenId: person,
        name: 'นายบุญมี ทองดี',
        planId: 'baht-a-day',
        enrolledOn: '2024-02-01',
        joiningFee: '10.00',
        beneficiary: { name: 'นางสาวสมใจ ทองดี', citizenId: null, relationship: 'บุตร' },
      });
      await welfare(`/${fundId}/contributions`, 'malee', {
        contributionId: 'ct-1',
        memberId: 'm-1',
        months: 12,
        amount: '360.00',
        receivedOn: '2024-02-01',
        receiptRef: 'r-1',
      });
      await welfare(`/${fundId}/members/m-1/death`, 'malee', { diedOn: '2024-09-10', evidenceRef: 'death-cert-0042' });
      await welfare(`/${fundId}/claims`, 'malee', {
        claimId: 'c-1',
        memberId: 'm-1',
        benefit: 'death',
        eventDate: '2024-09-10',
        hospitalNights: null,
        evidenceRefs: ['death-cert-0042'],
        amountFigures: '300.00',
        amountWords: 'สามร้อยบาทถ้วน',
      });
      await welfare(`/${fundId}/claims/c-1/approvals`, 'somchai');
      await welfare(`/${fundId}/claims/c-1/approvals`, 'prasert');
      await welfare(`/${fundId}/claims/c-1/payout`, 'malee', {
        payoutId: 'p-1',
        method: 'promptpay',
        reference: 'pp-1',
        paidOn: today,
        payeeAccount: '0812345678',
      });

      // Relief, through its own commands: a flood over Talat Yai kills him; his household is paid his funeral.
      const reliefStore = new InMemoryEventStore();
      const relief = reliefServices(hashKey, reliefStore);
      const officer: AuthenticatedActor = { userId: 'officer-pk', role: 'relief-officer', scope: { areas: ['83'] } };
      const chair: AuthenticatedActor = { userId: 'chair-pk', role: 'committee', scope: { areas: ['83'] } };
      const declaration = `flood-${run}`;
      relief.setDay('2024-09-11');
      await relief.declarations.execute(declaration, officer, {
        type: 'DeclareZone',
        data: {
          declarationId: declaration,
          name: 'อุทกภัยตำบลตลาดใหญ่',
          disasterType: 'flood',
          areaCodes: ['830101'],
          disasterDate: '2024-09-10',
          from: '2024-09-10',
          until: '2024-12-10',
          documentRef: 'ประกาศจังหวัดภูเก็ต',
          expectedHouseholds: 10,
        },
      });
      await relief.declarations.execute(declaration, officer, {
        type: 'AllocateFunds',
        data: { allocationId: 'b-1', sourceName: 'เงินทดรองราชการ', amount: '1000000.00', receivedOn: '2024-09-11', documentRef: 'ภก 1' },
      });
      await relief.households.register(declaration, officer, {
        houseRegistrationNo: '83010100042',
        villageCode: '83010101',
        head: { citizenId: person, personalDataRef: 'pd-head' },
        members: [],
        certification: { documentRef: 'cert-1', certifierCitizenId: demoCitizenId(904) },
        communityMeetingRef: 'ประชาคมหมู่ 1',
        payee: { method: 'bank-transfer', account: '123-4-56789-0' },
      });
      await relief.households.assess(declaration, officer, {
        houseRegistrationNo: '83010100042',
        assessmentId: 'as-1',
        floodDays: null,
        items: [{ item: 'funeral', quantity: 1, assessedCost: '29700.00' }],
      });
      relief.setDay('2024-09-20');
      const runId = `run-${run}`;
      await relief.runs.create(officer, {
        runId,
        declarationId: declaration,
        programmeId: runId,
        sourceName: 'เงินทดรองราชการ',
        method: 'bank-transfer',
        controlTotals: { count: 1, amount: '29700.00' },
      });
      await relief.runs.dryRun(runId, officer);
      await relief.runs.approve(runId, chair);
      let file = '';
      await relief.runs.exportBankFile(runId, officer, (chunk) => {
        file += chunk;
      });
      const [, reference, , amount] = file.trim().split('\n')[1].split(',');
      relief.setDay('2024-09-22');
      await relief.imports.results(
        runId,
        officer,
        await relief.upload(`reference,amount,status,reason,value_date\n${reference},${amount},SUCCESS,,2024-09-21\n`),
      );
      const reliefPayment = (await reliefStore.readAll({ maxCount: 10_000 }))
        .map(({ event }) => event)
        .find((event) => event.type === 'relief.payments.settled')!;
      expect(reliefPayment).toBeDefined();

      // Relief's events to the ledger and its money contract, on the broker, as apps/disaster-relief publishes them.
      bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: `relief-${run}` });
      const checkpoints = new InMemoryCheckpointStore();
      const publishers = [
        new EventLogPublisher(reliefStore, bus, checkpoints, {
          name: 'relief-events',
          source: '/kongthun/disaster-relief',
          pollIntervalMs: 20,
        }),
        reliefMoneyPublisher(reliefStore, bus, checkpoints, new KeyedHasher(hashKey), { pollIntervalMs: 20 }),
      ];
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
      // The finding is raised by whichever payment the auditor reads second: the two programmes'
      // topics are consumed independently, so either order is a correct reading.
      expect(duplicate).toMatchObject({ severity: 'high', details: expect.objectContaining({ crossProgramme: true }) });
      expect([duplicate.details.programme, duplicate.details.firstProgramme].sort()).toEqual(['relief', 'welfare']);

      // Relief's registration reached apps/audit over Kafka too (money.beneficiary.registered): a village
      // count below it, imported now, flags the village at once.
      const imported = await call(auditPort, 'PUT', '/api/audit/village-households', national, {
        source: 'DOPA test',
        asOf: '2024-08-31',
        villages: [{ villageCode: '83010101', households: 0 }],
      });
      // The broker's money topic is shared and read from its start: earlier runs' registrations in the village count too.
      expect(imported).toMatchObject({ status: 200, body: { imported: 1, villagesHeld: 1, findingsRaised: expect.any(Number) } });
      const villageFindings = ((await call(auditPort, 'GET', '/api/audit/findings?limit=500', national)).body.findings as Json[]).filter(
        (finding) => finding.rule === 'red-flag.village-over-households' && finding.details.unitId === declaration,
      );
      expect(villageFindings).toMatchObject([
        { areaCode: '83010101', details: expect.objectContaining({ registered: 1, programme: 'relief' }) },
      ]);

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
