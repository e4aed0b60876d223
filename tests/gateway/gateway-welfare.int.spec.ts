import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { v7 as uuidv7 } from 'uuid';
import { demoCitizenId, demoRules } from '@kongthun/embedded';
import { DEFAULT_DOWNSTREAM, GatewayModule } from '@kongthun/gateway';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { eventually, ServiceProcess, startService } from '../support/service-process';

const ROOT = join(__dirname, '..', '..');

/** The gateway in front of apps/welfare-fund running as its own process on PostgreSQL, Kafka and MongoDB. */
describeWithEngine('kafka', 'the gateway in front of the real welfare service', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const mongoUrl = engineUrl('mongo');
  const secret = `jwt-${uuidv7()}`;
  const port = 3900 + Math.floor(Math.random() * 90);
  const fundId = `gw-${uuidv7().slice(-12)}`;
  const dir = join(ROOT, 'dist', `gateway-check-${uuidv7()}`);
  let service: ServiceProcess | undefined;
  let gateway: INestApplication | undefined;
  afterAll(async () => {
    await gateway?.close();
    service?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  (databaseUrl && mongoUrl ? it : it.skip)(
    'a fund registered through the gateway is read back through it; /health shows welfare up; the merged document lints clean',
    async () => {
      service = await startService('welfare-fund', {
        DATABASE_URL: databaseUrl!,
        KAFKA_BROKERS: brokers,
        KONGTHUN_JWT_SECRET: secret,
        KONGTHUN_CITIZEN_ID_KEY: 'gateway-test-citizen-key',
        KONGTHUN_PERSONAL_DATA_KEY: 'gateway-test-personal-data-master-key',
        MONGO_URL: mongoUrl!,
        MONGO_DB: `kt_test_gw_${uuidv7().replace(/-/g, '').slice(-12)}`,
        PORT: String(port),
        KONGTHUN_LAPSE_INTERVAL_MINUTES: '0',
      });
      gateway = await NestFactory.create(
        GatewayModule.register({ downstreams: [{ ...DEFAULT_DOWNSTREAM, name: 'welfare', baseUrl: `http://127.0.0.1:${port}` }] }),
        { bodyParser: false, logger: false },
      );
      await gateway.listen(0, '127.0.0.1');
      const url = (await gateway.getUrl()).replace('[::1]', '127.0.0.1');
      const admin = `Bearer ${await new JwtService({ secret }).signAsync({ role: 'admin', scope: {} }, { subject: 'admin', expiresIn: '1h' })}`;

      const registered = await fetch(`${url}/api/welfare/funds`, {
        method: 'POST',
        headers: { authorization: admin, 'content-type': 'application/json', 'x-request-id': `gw-test-${fundId}` },
        body: JSON.stringify({
          fundId,
          name: 'กองทุนทดสอบผ่านเกตเวย์',
          areaCode: '830101',
          foundedOn: '2024-01-05',
          rules: demoRules,
          committee: [
            { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
            { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
          ],
        }),
      });
      expect(registered.headers.get('x-request-id')).toBe(`gw-test-${fundId}`);
      expect({ status: registered.status, body: await registered.json() }).toMatchObject({
        status: 201,
        body: { events: [{ type: 'welfare.fund.registered' }] },
      });
      const refused = await fetch(`${url}/api/welfare/funds/${fundId}`);
      expect({ status: refused.status, code: ((await refused.json()) as { code: string }).code }).toEqual({
        status: 401,
        code: 'auth.missing-token',
      });

      const overview = await eventually(async () => {
        const read = await fetch(`${url}/api/welfare/funds/${fundId}`, { headers: { authorization: admin } });
        return read.status === 200 ? ((await read.json()) as { fundId: string; balance: string }) : undefined;
      }, 'the fund overview through the gateway');
      expect(overview).toMatchObject({ fundId, balance: '0.00' });

      // The service's own /health: its publishers and a breaker per dependency (its views' consumer, MongoDB).
      const own = (await (await fetch(`http://127.0.0.1:${port}/health`)).json()) as {
        info: { breakers: { breakers: { name: string; state: string }[] } };
      };
      const breakerNames = own.info.breakers.breakers.map(({ name, state }) => `${name}:${state}`);
      expect(breakerNames).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^kafka\.consumer\.welfare-fund\.fund-views\..*:closed$/),
          expect.stringMatching(/^mongo\.kt_test_gw_.*:closed$/),
        ]),
      );

      const health = await (await fetch(`${url}/health`)).json();
      expect(health).toMatchObject({ status: 'ok', downstreams: { welfare: { status: 'up', probe: 200, breaker: { state: 'closed' } } } });

      const merged = (await (await fetch(`${url}/api/docs-json`)).json()) as { paths: Record<string, unknown> };
      expect(Object.keys(merged.paths)).toEqual(
        expect.arrayContaining(['/health', '/api/welfare/funds', '/api/welfare/funds/{fundId}/claims']),
      );
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'openapi.json'), JSON.stringify(merged));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          join(ROOT, 'node_modules/@redocly/cli/bin/cli.js'),
          'lint',
          join(dir, 'openapi.json'),
          '--config',
          join(ROOT, 'redocly.yaml'),
          '--format=json',
        ],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      ).catch((failure: { stdout: string }) => failure);
      const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { totals: { errors: number }; problems: { severity: string }[] };
      expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    },
    180_000,
  );
});
