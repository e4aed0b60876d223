import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { runDatabase } from '../support/run-database';
import { eventually, ServiceProcess, startService } from '../support/service-process';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = join(__dirname, '..', '..');

/**
 * Issue 11's done-when in the distributed topology: apps/identity, apps/welfare-fund and
 * apps/gateway as their own processes on PostgreSQL, Kafka and MongoDB, every call through the
 * gateway. The committee's users follow the fund through kongthun.welfare.events, also when the
 * identity service was down while the fund was registered; an administrator gives the chair a
 * password; the chair works in their fund, nowhere else, and changes that password.
 */
describeWithEngine('kafka', "a new fund's chair, distributed", (brokers) => {
  const run = uuidv7().replace(/-/g, '').slice(-10);
  const database = runDatabase(engineUrl('postgres'), `kt_identity_run_${run}`);
  const mongoUrl = engineUrl('mongo');
  beforeAll(() => database.create());
  // Ports no other distributed test draws from (they use 3700–4089 and 4300–4489).
  const identityPort = 4600 + Math.floor(Math.random() * 90);
  const welfarePort = identityPort + 100;
  const gatewayPort = identityPort + 200;
  // Ids of this run only: the topic keeps earlier runs' committees, whose users a new identity database makes too.
  const [fundId, otherFundId] = [`new-${run}`, `other-${run}`];
  const [chair, treasurer, newcomer] = [`kanda-${run}`, `boon-${run}`, `dao-${run}`];
  const [stranger, strangerTreasurer] = [`somsak-${run}`, `kannika-${run}`];
  const admin = `admin-${run}`;
  const adminPassword = 'ผู้ดูแลระบบ-รหัสแรก-2569';
  const services: ServiceProcess[] = [];
  afterAll(async () => {
    for (const service of services) service.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await database.drop();
  });

  const call = async (method: string, path: string, token?: string, body?: object) => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Json };
  };
  const login = (username: string, password: string) => call('POST', '/api/auth/login', undefined, { username, password });
  const today = new Date().toISOString().slice(0, 10);
  const fund = (id: string, committee: [string, 'chair' | 'treasurer' | 'member'][], seed: number) => ({
    fundId: id,
    name: `กองทุนสวัสดิการชุมชน ${id}`,
    areaCode: '190101',
    foundedOn: '2025-01-05',
    rules: demoRules,
    committee: committee.map(([userId, role], n) => ({
      userId,
      role,
      citizenId: demoCitizenId(seed + n),
      personalDataRef: `pd-${userId}`,
    })),
  });
  const identityEnv = {
    DATABASE_URL: database.url!,
    KAFKA_BROKERS: brokers,
    PORT: String(identityPort),
    KONGTHUN_IDENTITY_GROUP: `identity-test-${run}`,
  };
  /** The user as the administrators' list shows it: paged, since the topic's older committees are users too. */
  const listed = async (userId: string, token: string): Promise<Json | undefined> => {
    for (let cursor: string | undefined; ;) {
      const page = await call('GET', `/api/identity/users?limit=200${cursor ? `&cursor=${cursor}` : ''}`, token);
      const found = (page.body.items as Json[]).find((user) => user.userId === userId);
      if (found || !page.body.nextCursor) return found;
      cursor = page.body.nextCursor as string;
    }
  };
  const outputs = () => services.map((service) => service.output().slice(-2000)).join('\n----\n');

  (database.url && mongoUrl ? it : it.skip)(
    'the chair logs in with the password an administrator gave them, works in their fund, is refused in another, and changes it',
    async () => {
      const secret = `jwt-${run}`;
      // The first administrator, made at the machine, as an operator does before anyone can log in.
      const cli = await promisify(execFile)(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'apps/cli/src/main.ts',
          'users',
          'create',
          admin,
          '--role',
          'admin',
          '--password',
          adminPassword,
          '--database-url',
          database.url!,
        ],
        { cwd: ROOT },
      );
      expect(cli.stdout).toContain(`create: ${admin}`);

      const identity = () => startService('identity', { ...identityEnv, KONGTHUN_JWT_SECRET: secret });
      services.push(await identity());
      services.push(
        await startService('welfare-fund', {
          DATABASE_URL: database.url!,
          KAFKA_BROKERS: brokers,
          KONGTHUN_JWT_SECRET: secret,
          KONGTHUN_CITIZEN_ID_KEY: 'identity-test-citizen-key',
          KONGTHUN_PERSONAL_DATA_KEY: 'identity-test-personal-data-master-key',
          MONGO_URL: mongoUrl!,
          MONGO_DB: `kt_test_identity_${run}`,
          PORT: String(welfarePort),
          KONGTHUN_LAPSE_INTERVAL_MINUTES: '0',
        }),
      );
      services.push(
        await startService('gateway', {
          WELFARE_SERVICE_URL: `http://127.0.0.1:${welfarePort}`,
          IDENTITY_SERVICE_URL: `http://127.0.0.1:${identityPort}`,
          GATEWAY_BREAKER_RESET_MS: '1000',
          PORT: String(gatewayPort),
        }),
      );

      const adminSession = await login(admin, adminPassword);
      expect({ status: adminSession.status, user: adminSession.body.user }).toMatchObject({
        status: 200,
        user: { userId: admin, role: 'admin', mustChangePassword: false },
      });
      const adminToken = adminSession.body.accessToken as string;

      // Identity goes down: registering a fund does not need it, and its committee's users are not lost.
      services[0].stop();
      await new Promise((resolve) => services[0].process.once('exit', resolve));
      const down = await call('POST', '/api/auth/login', undefined, { username: chair, password: 'whatever-it-is' });
      expect([down.status, down.body.code]).toEqual([503, 'gateway.downstream-unavailable']);
      for (const registration of [
        fund(
          fundId,
          [
            [chair, 'chair'],
            [treasurer, 'treasurer'],
          ],
          701,
        ),
        fund(
          otherFundId,
          [
            [stranger, 'chair'],
            [strangerTreasurer, 'treasurer'],
          ],
          711,
        ),
      ]) {
        const registered = await call('POST', '/api/welfare/funds', adminToken, registration);
        expect([registration.fundId, registered.status, registered.body.code]).toEqual([registration.fundId, 201, undefined]);
      }
      services[0] = await identity();

      // The administrator gives the chair a first password once the user exists (it follows from Kafka).
      const given = await eventually(async () => {
        const answer = await call('POST', `/api/identity/users/${chair}/password`, adminToken, {
          password: 'ให้โดยผู้ดูแล-2569',
          temporary: true,
        });
        if (answer.status === 404) return undefined;
        return answer;
      }, "the chair's user, made from kongthun.welfare.events").catch((error) => {
        throw new Error(`${error}\n${outputs()}`);
      });
      expect([given.status, given.body.events?.[0]?.type]).toEqual([201, 'identity.user.password-changed']);
      // The treasurer exists too, scoped to the fund, still without a password: nobody can log in as them yet.
      const treasurerUser = await eventually(() => listed(treasurer, adminToken), "the treasurer's user");
      expect(treasurerUser).toMatchObject({ role: 'treasurer', scope: { funds: [fundId] }, hasPassword: false });
      expect((await login(treasurer, 'anything-at-all')).body.code).toBe('auth.invalid-credentials');

      const session = await login(chair, 'ให้โดยผู้ดูแล-2569');
      expect({ status: session.status, user: session.body.user }).toEqual({
        status: 200,
        user: { userId: chair, role: 'committee', scope: { funds: [fundId] }, displayName: chair, mustChangePassword: true },
      });
      const chairToken = session.body.accessToken as string;

      // In their own fund: the chair appoints a member (201), whose user then follows from the event too.
      const appointed = await call('POST', `/api/welfare/funds/${fundId}/committee`, chairToken, {
        member: { userId: newcomer, role: 'member', citizenId: demoCitizenId(703), personalDataRef: `pd-${newcomer}` },
        appointedOn: today,
      });
      expect([appointed.status, appointed.body.events?.[0]?.type]).toEqual([201, 'welfare.committee.member-appointed']);
      const newcomerUser = await eventually(() => listed(newcomer, adminToken), "the appointed member's user");
      expect(newcomerUser).toMatchObject({ role: 'committee', scope: { funds: [fundId] } });

      // In another fund: nothing, read or write; and no new fund of their own.
      const elsewhere = [
        await call('GET', `/api/welfare/funds/${otherFundId}`, chairToken),
        await call('GET', `/api/welfare/funds/${otherFundId}/members?limit=5`, chairToken),
        await call('POST', `/api/welfare/funds/${otherFundId}/committee`, chairToken, {
          member: { userId: `x-${run}`, role: 'member', citizenId: demoCitizenId(712), personalDataRef: 'pd-x' },
          appointedOn: today,
        }),
        await call('POST', `/api/welfare/funds/${otherFundId}/committee/${stranger}/removal`, chairToken, {
          removedOn: today,
          reason: 'ลาออก',
        }),
      ];
      expect(elsewhere.map((answer) => [answer.status, answer.body.code])).toEqual(Array(4).fill([403, 'auth.out-of-scope']));
      const ownFund = await call(
        'POST',
        '/api/welfare/funds',
        chairToken,
        fund(
          `third-${run}`,
          [
            [chair, 'chair'],
            [treasurer, 'treasurer'],
          ],
          721,
        ),
      );
      expect([ownFund.status, ownFund.body.code]).toEqual([403, 'auth.forbidden']);

      // The chair replaces the administrator's temporary password with their own.
      const changed = await call('POST', '/api/auth/password', chairToken, {
        currentPassword: 'ให้โดยผู้ดูแล-2569',
        newPassword: 'รหัสของประธานเอง-2569',
      });
      expect(changed.status).toBe(200);
      expect((await login(chair, 'ให้โดยผู้ดูแล-2569')).body.code).toBe('auth.invalid-credentials');
      const again = await login(chair, 'รหัสของประธานเอง-2569');
      expect([again.status, again.body.user?.mustChangePassword]).toEqual([200, false]);

      // The gateway reports identity among its downstreams and documents its routes.
      const health = await call('GET', '/health');
      expect(health.body.downstreams.identity).toMatchObject({ status: 'up', probe: 200 });
      const document = await call('GET', '/api/docs-json');
      expect(Object.keys(document.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/auth/password', '/api/identity/users', '/api/welfare/funds']),
      );
    },
    300_000,
  );
});
