import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { v7 as uuidv7 } from 'uuid';
import { verifyBundle } from '@kongthun/audit-evidence';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';
import { receiptSha, RULES } from './embedded-grants-fixture';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The real stack for grants: apps/grants and apps/audit as their own processes, on PostgreSQL, the
 * local Kafka broker and MongoDB. A tranche released over HTTP reaches the audit ledger and the
 * money log through Kafka only, and the evidence bundle of that tranche verifies with the same
 * verifier as `kongthun verify`; the grants views in MongoDB follow the same topic.
 */
describeWithEngine('kafka', 'grants service, distributed', (brokers) => {
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const database = runDatabase(engineUrl('postgres'), `kt_grants_run_${run}`);
  const mongoUrl = engineUrl('mongo');
  beforeAll(() => database.create());
  const secret = `jwt-${run}`;
  // Ports no other distributed test draws from (they use 3700–4089), so suites may run side by side.
  const grantsPort = 4300 + Math.floor(Math.random() * 90);
  const auditPort = grantsPort + 100;
  // Ids of this run only: the topics keep earlier runs' events, which a new ledger and new views read too.
  const programmeId = `codi-${run}`;
  const organisationId = `org-${run}`;
  const projectId = `sb-${run}`;
  const services: ServiceProcess[] = [];
  afterAll(async () => {
    for (const service of services) service.stop();
    await database.drop();
  });

  const jwt = new JwtService({ secret });
  const bearer = async (sub: string, role: string) =>
    `Bearer ${await jwt.signAsync({ role, scope: role === 'auditor' ? { national: true } : role === 'grants-officer' ? { areas: ['19'] } : { programmes: [programmeId] } }, { subject: sub, expiresIn: '1h' })}`;
  const call = async (port: number, method: string, path: string, as: [string, string], body?: object) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: await bearer(...as), 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  };
  const people = {
    admin: 'admin',
    officer: 'grants-officer',
    rattana: 'committee',
    somsak: 'committee',
    wilai: 'committee',
    director: 'committee',
  } as const;
  /** A grants command over HTTP; it must be recorded (201), or the test says what was answered. */
  const grants = async (path: string, as: keyof typeof people, body: object = {}): Promise<Json> => {
    const response = await call(grantsPort, 'POST', `/api/grants${path}`, [as, people[as]], body);
    expect({ path, status: response.status, body: response.status === 201 ? null : response.body }).toEqual({
      path,
      status: 201,
      body: null,
    });
    return response.body;
  };
  const auditor: [string, string] = ['auditor-national', 'auditor'];

  (database.url && mongoUrl ? it : it.skip)(
    'a tranche released over HTTP reaches the auditor through Kafka, and its evidence bundle verifies',
    async () => {
      const common = { DATABASE_URL: database.url!, KAFKA_BROKERS: brokers, KONGTHUN_JWT_SECRET: secret };
      services.push(
        await startService('grants', {
          ...common,
          PORT: String(grantsPort),
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_test_grants_views_${run}`,
          KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key',
          KONGTHUN_PERSONAL_DATA_KEY: 'distributed-test-personal-data-master-key',
        }),
      );
      services.push(
        await startService('audit', {
          ...common,
          PORT: String(auditPort),
          KONGTHUN_AUDIT_TOPICS: 'kongthun.grants.events',
          KONGTHUN_AUDIT_LEDGER_SCHEMA: `kt_ledger_${run}`,
          KONGTHUN_AUDIT_SCHEMA: `kt_audit_${run}`,
          KONGTHUN_AUDIT_GROUP: `audit-grants-test-${run}`,
          KONGTHUN_AUDIT_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'kt-audit-')), 'signing-key.pem'),
          AUDIT_SIGN_EVERY_MS: '1000',
          AUDIT_CHECK_EVERY_MS: '0',
        }),
      );

      await grants('/programmes', 'admin', {
        programmeId,
        name: 'สนับสนุนขบวนองค์กรชุมชนจังหวัดสระบุรี',
        funder: 'พอช.',
        areaCodes: ['19'],
        rules: RULES,
      });
      await grants(`/programmes/${programmeId}/budgets`, 'officer', { fiscalYear: 2566, openedOn: '2022-10-01' });
      await grants(`/programmes/${programmeId}/budgets/2566/allocations`, 'officer', {
        allocationId: 'al-1',
        kind: 'allocation',
        amount: '6,749,210.00',
        amountWords: 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน',
        documentRef: 'พอช. 0123/2566',
        receivedOn: '2022-11-01',
      });
      await grants('/organisations', 'officer', {
        organisationId,
        name: 'สภาองค์กรชุมชนตำบลหนองแค',
        type: 'community-council',
        areaCode: '190301',
        bankAccount: '123-4-56789-0',
        representativeCitizenId: '1101700230708',
        contacts: [{ personalDataRef: 'pd-org-1', role: 'ประธาน' }],
      });
      await grants('/projects', 'officer', {
        projectId,
        programmeId,
        fiscalYear: 2566,
        organisationId,
        title: 'ซ่อมแซมที่อยู่อาศัย',
        objectives: ['ซ่อมบ้าน 20 หลัง'],
        areaCode: '190301',
        budgetLines: [{ category: 'materials', description: 'วัสดุ', amount: '1,000,000.00' }],
        requestedAmount: '1,000,000.00',
        requestedAmountWords: 'หนึ่งล้านบาทถ้วน',
        plannedTranches: [
          { number: 1, plannedOn: '2023-02-01' },
          { number: 2, plannedOn: '2023-05-01' },
          { number: 3, plannedOn: '2023-08-01' },
        ],
        plannedEndOn: '2023-09-30',
        documentRefs: ['proposal.pdf'],
      });
      await grants(`/projects/${projectId}/review`, 'officer', { reviewerIds: ['rattana', 'somsak', 'wilai'] });
      for (const reviewer of ['rattana', 'somsak', 'wilai'] as const)
        await grants(`/projects/${projectId}/reviews`, reviewer, { score: 80, recommendation: 'fund' });
      await grants(`/projects/${projectId}/award`, 'director', {
        awardId: `aw-${run}`,
        amount: '1,000,000.00',
        amountWords: 'หนึ่งล้านบาทถ้วน',
        conditions: ['รายงานก่อนเบิกงวดถัดไป'],
        decidedOn: '2023-01-10',
        endDate: '2023-09-30',
      });
      const released = await grants(`/projects/${projectId}/tranches`, 'officer', {
        trancheNumber: 1,
        paidOn: '2023-02-01',
        method: 'bank-transfer',
        reference: 'ktb-1',
      });
      const tranche = released.events[0] as Json;
      expect(tranche).toMatchObject({ type: 'grants.tranche.released', data: { amount: '400000.00' } });
      await grants(`/projects/${projectId}/reports`, 'officer', {
        reportId: 'r-1e',
        trancheNumber: 1,
        kind: 'expense',
        summary: 'ค่าวัสดุ',
        lines: [
          { category: 'materials', description: 'ปูน', amount: '390,000.00', receiptRef: 'rc-1', receiptSha256: receiptSha(`rc-${run}`) },
        ],
      });

      // The ledger holds the project's stream, tranche included, read from kongthun.grants.events only.
      const timeline = await eventually(async () => {
        const answer = await call(auditPort, 'GET', `/api/audit/streams/grants-project-${projectId}/timeline`, auditor);
        const entries = answer.body as Json[];
        return Array.isArray(entries) && entries.some((entry) => entry.eventId === tranche.id) ? entries : undefined;
      }, 'the tranche in the audit ledger').catch((error) => {
        throw new Error(
          `${error}\ngrants output:\n${services[0].output().slice(-3000)}\naudit output:\n${services[1].output().slice(-3000)}`,
        );
      });
      expect(timeline.map((entry) => entry.eventId)).toContain(tranche.id);

      const bundle = await eventually(
        async () => {
          const response = await call(auditPort, 'GET', `/api/audit/events/${tranche.id}/evidence`, auditor);
          return response.status === 200 ? response.body : undefined;
        },
        'a signed head covering the tranche',
        20_000,
      );
      const verdict = verifyBundle(bundle);
      expect(verdict.valid).toBe(true);
      expect(JSON.stringify(bundle)).toContain(tranche.id);
      // Tampering with the bundle is caught by the same verifier: the check above can fail.
      const tampered = JSON.parse(JSON.stringify(bundle).replace('"400000.00"', '"410000.00"'));
      expect(verifyBundle(tampered).valid).toBe(false);

      // The money contract reached the auditor on kongthun.money.events: the project's books, recomputed with no grants code.
      const books = await eventually(async () => {
        const replay = await call(auditPort, 'GET', `/api/audit/units/grants/${projectId}/replay`, auditor);
        return replay.status === 200 && replay.body.disbursed.total === '400000.00' ? replay.body : undefined;
      }, "the project's money messages in the auditor's money log");
      expect(books).toMatchObject({ committed: '1000000.00', counts: { commitments: 1, disbursements: 1 } });

      // The views are MongoDB documents kept by the grants app's consumer of the same topic.
      const listed = await eventually(async () => {
        const page = (await call(grantsPort, 'GET', `/api/grants/programmes/${programmeId}/projects`, ['officer', 'grants-officer'])).body;
        const item = (page.items as Json[] | undefined)?.find((p) => p.projectId === projectId);
        return item?.released === '400000.00' && item.reportsPending === 1 ? item : undefined;
      }, 'the project in the MongoDB views');
      expect(listed).toMatchObject({ status: 'Active', awarded: '1000000.00', tranchesReleased: 1 });
      const due = await eventually(async () => {
        const page = (
          await call(grantsPort, 'GET', `/api/grants/programmes/${programmeId}/reports-due?asOf=2023-05-10`, ['officer', 'grants-officer'])
        ).body;
        const items = (page.items as Json[] | undefined)?.filter((line) => line.projectId === projectId) ?? [];
        return items.some((line) => line.status === 'submitted') ? items : undefined;
      }, 'the reports due in the MongoDB views');
      expect(due.map((line) => [line.kind, line.status, line.overdue])).toEqual([
        ['expense', 'submitted', false],
        ['progress', 'awaited', true],
      ]);
      const held = (await call(grantsPort, 'GET', `/api/grants/organisations/${organisationId}`, ['officer', 'grants-officer'])).body;
      expect(held.awards).toEqual([expect.objectContaining({ projectId, released: '400000.00', status: 'Active' })]);
    },
    240_000,
  );
});
