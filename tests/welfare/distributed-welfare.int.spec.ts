import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { v7 as uuidv7 } from 'uuid';
import { describeWithEngine, engineUrl } from '@kongthun/testing';
import { eventFromMessage, KafkaMessageBus, topicOfContext } from '@kongthun/messaging';
import { demoCitizenId, demoRules } from '@kongthun/embedded';

const ROOT = join(__dirname, '..', '..');

/** apps/welfare-fund as its own process on PostgreSQL and the real broker, driven over HTTP. */
describeWithEngine('kafka', 'welfare-fund service, distributed', (brokers) => {
  const databaseUrl = engineUrl('postgres');
  const secret = `jwt-${uuidv7()}`;
  const port = 3900 + Math.floor(Math.random() * 90);
  const fundId = `dist-${uuidv7().slice(-12)}`;
  const output: string[] = [];
  let service: ReturnType<typeof spawn> | undefined;
  afterAll(() => void service?.kill('SIGTERM'));

  (databaseUrl ? it : it.skip)('a claim approved over HTTP reaches Kafka as welfare.claim.approved, with its actor', async () => {
    service = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/welfare-fund/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, KAFKA_BROKERS: brokers, KONGTHUN_JWT_SECRET: secret, KONGTHUN_CITIZEN_ID_KEY: 'distributed-test-citizen-key', PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    service.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    service.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const deadline = Date.now() + 90_000;
    while (!output.join('').includes('listening')) {
      if (Date.now() > deadline || service.exitCode !== null) throw new Error(`service did not start:\n${output.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const jwt = new JwtService({ secret });
    const token = (sub: string, role: string) => jwt.signAsync({ role, scope: { funds: [fundId] } }, { subject: sub, expiresIn: '1h' });
    const call = async (path: string, as: [string, string], body?: object) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/welfare/funds${path}`, {
        method: 'POST', headers: { authorization: `Bearer ${await token(...as)}`, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
      });
      expect({ path, status: response.status, body: response.status === 201 ? null : await response.json() }).toEqual({ path, status: 201, body: null });
    };
    const treasurer: [string, string] = ['malee', 'treasurer'];
    await call('', ['admin', 'admin'], {
      fundId, name: 'กองทุนทดสอบ', areaCode: '830101', foundedOn: '2024-01-05', rules: demoRules,
      committee: [
        { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
        { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
        { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
      ],
    });
    await call(`/${fundId}/members`, treasurer, { memberId: 'm-1', citizenId: demoCitizenId(1), personalDataRef: 'pd-m', planId: 'baht-a-day', enrolledOn: '2024-02-01', joiningFee: '10.00', beneficiary: { personalDataRef: 'pd-b', citizenId: null, relationship: 'บุตร' } });
    await call(`/${fundId}/contributions`, treasurer, { contributionId: 'ct-1', memberId: 'm-1', months: 12, amount: '360.00', receivedOn: '2024-02-01', receiptRef: 'r-1' });
    await call(`/${fundId}/claims`, treasurer, { claimId: 'c-1', memberId: 'm-1', benefit: 'birth', eventDate: '2024-09-01', evidenceRefs: ['ev'], amountFigures: '500.00', amountWords: 'ห้าร้อยบาทถ้วน' });
    await call(`/${fundId}/claims/c-1/approvals`, ['somchai', 'committee']);
    await call(`/${fundId}/claims/c-1/approvals`, ['prasert', 'committee']);

    const bus = new KafkaMessageBus({ brokers: brokers.split(','), clientId: 'distributed-test' });
    const approved: { approverIds: unknown; actor: unknown }[] = [];
    const consumer = await bus.consume({
      groupId: `distributed-${fundId}`,
      topics: [topicOfContext('welfare')],
      fromBeginning: true,
      handle: async (message) => {
        const event = eventFromMessage(message.value);
        if (event.type === 'welfare.claim.approved' && event.data.fundId === fundId) approved.push({ approverIds: event.data.approverIds, actor: event.metadata.actor });
      },
    });
    const waitUntil = Date.now() + 60_000;
    while (approved.length === 0 && Date.now() < waitUntil) await new Promise((resolve) => setTimeout(resolve, 100));
    await consumer.stop();
    await bus.close();
    expect(approved).toEqual([{ approverIds: ['somchai', 'prasert'], actor: { userId: 'prasert', role: 'committee' } }]);
  }, 180_000);
});
