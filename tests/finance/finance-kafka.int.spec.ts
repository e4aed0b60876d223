import { randomBytes, randomUUID } from 'node:crypto';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { commitment, disbursement, moneyIn, unitDeclared } from '@kongthun/finance-model/testing';
import { FinanceStore, startFinanceConsumer } from '@kongthun/finance-service';
import { Consumer, KafkaMessageBus } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC, MoneyMessage, moneyMessageId } from '@kongthun/money-contract';
import { describeWithEngine } from '@kongthun/testing';
import { JwtService } from '@nestjs/jwt';
import { ServiceProcess, startService } from '../support/service-process';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

/**
 * apps/finance's feed, distributed: the money contract on the real broker into the books on the real
 * PostgreSQL, as the service runs it. The topic is shared with every other run on the broker, so this
 * run's units carry a suffix of their own and the totals are read for them alone.
 */
describeWithEngine('postgres', 'provincial finance fed from Kafka (PostgreSQL)', (databaseUrl) => {
  describeWithEngine('kafka', 'provincial finance fed from Kafka', (brokers) => {
    const run = randomBytes(4).toString('hex');
    const sql = new PgSqlClient({ connectionString: databaseUrl, max: 4 });
    const bus = new KafkaMessageBus({
      brokers: brokers.split(','),
      clientId: `finance-test-${run}`,
      consumer: { sessionTimeout: 6_000, heartbeatInterval: 300, rebalanceTimeout: 5_000, maxWaitTimeInMs: 100, restartDelayMs: 500 },
    });
    const schemas: string[] = [];
    const consumers: Consumer[] = [];
    afterAll(async () => {
      for (const consumer of consumers) await consumer.stop();
      await bus.close();
      for (const schema of schemas) await sql.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await sql.close();
    });

    // Seed 003: Saraburi's five CODI-funded projects of FY 2566, 6,749,210 baht in all; 400,000 released to each.
    const projects = [
      ['sb-01', '190101', '1500000.00'],
      ['sb-02', '190201', '1349210.00'],
      ['sb-03', '190301', '1200000.00'],
      ['sb-04', '190401', '1400000.00'],
      ['sb-05', '190501', '1300000.00'],
    ].map(([id, area, amount]) => ({ unitId: `codi-2566-${id}-${run}`, area, amount }));
    const messages: MoneyMessage[] = projects
      .flatMap((project, index) => [
        unitDeclared('grants', project.unitId, [project.area], `โครงการ ${index + 1}`),
        moneyIn('grants', project.unitId, `alloc-${index}`, project.amount, '2023-03-15', 'budget-allocation', 2566),
        commitment('grants', project.unitId, `award-${index}`, project.amount, '2023-03-15', 'tranche'),
        disbursement('grants', project.unitId, `tranche-${index}`, '400000.00', '2023-03-20', project.area, 'tranche', 'grant-tranche'),
      ])
      .map((message) => ({ ...message, id: moneyMessageId(randomUUID(), 0) }));
    // The factory numbers its messages from 1 in every process: on a broker an earlier run filled,
    // its ids would meet this run's, and the books (idempotent by message id) would skip these as seen.
    const publish = (batch: MoneyMessage[]) =>
      bus.publish(
        batch.map((message) => ({ topic: MONEY_CONTRACT_TOPIC, key: message.unitId, value: JSON.stringify(message), headers: {} })),
      );

    const openStore = async () => {
      const schema = `finance_k_${run}_${schemas.length}`;
      schemas.push(schema);
      return FinanceStore.open(sql, { schema });
    };
    const oursOf = async (store: FinanceStore) => {
      const groups = await store.totals({ programme: 'grants', area: '19' }, ['programme', 'unit'], 'all');
      const ours = groups.filter((group) => String(group.key.unit).endsWith(run));
      const sum = (field: 'moneyIn' | 'committed' | 'disbursed') => ours.reduce((total, group) => total + group.totals[field], 0n);
      return { units: ours.length, moneyIn: sum('moneyIn'), committed: sum('committed'), disbursed: sum('disbursed') };
    };
    const eventually = async <T>(read: () => Promise<T>, expected: T, timeoutMs = 60_000): Promise<void> => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const seen = await read();
        if (
          JSON.stringify(seen, (_, v) => (typeof v === 'bigint' ? String(v) : v)) ===
            JSON.stringify(expected, (_, v) => (typeof v === 'bigint' ? String(v) : v)) ||
          Date.now() > until
        ) {
          expect(seen).toEqual(expected);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    const expected = { units: 5, moneyIn: 674_921_000n, committed: 674_921_000n, disbursed: 200_000_000n };

    it('books every message of the contract once: the same messages delivered again change no total', async () => {
      const store = await openStore();
      consumers.push(await startFinanceConsumer(bus, store, `finance-test-${run}-a`));
      await publish(messages);
      await publish(messages.slice(0, 12)); // a producer's retry after a lost acknowledgement
      await eventually(() => oursOf(store), expected);
      // Whatever else the shared topic holds, a further wait finds the same totals.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await oursOf(store)).toEqual(expected);
    }, 120_000);

    it('rebuilds the same books from the log: a new group into an empty store reads the topic from its beginning', async () => {
      const rebuilt = await openStore();
      consumers.push(await startFinanceConsumer(bus, rebuilt, `finance-test-${run}-b`));
      await eventually(() => oursOf(rebuilt), expected, 90_000);
    }, 120_000);

    it('runs as apps/finance, its own process: Saraburi reads these totals, Phuket is refused, and it is operated like every service', async () => {
      const secret = `finance-service-secret-${run}`;
      const port = 4700 + Math.floor(Math.random() * 100);
      const schema = `finance_k_${run}_service`;
      schemas.push(schema);
      const service: ServiceProcess = await startService('finance', {
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: brokers,
        KONGTHUN_JWT_SECRET: secret,
        KONGTHUN_FINANCE_SCHEMA: schema,
        KONGTHUN_FINANCE_GROUP: `finance-test-${run}-service`,
        PORT: String(port),
      });
      try {
        const jwt = new JwtService({ secret });
        const bearer = async (province: string) =>
          `Bearer ${await jwt.signAsync({ role: 'provincial-finance', scope: { province } }, { subject: `pf-${province}`, expiresIn: '1h' })}`;
        const base = `http://127.0.0.1:${port}`;
        const saraburi = await bearer('19');
        const ours = async () => {
          const response = await fetch(`${base}/api/finance/totals?programme=grants&area=19&groupBy=unit`, {
            headers: { authorization: saraburi },
          });
          const body = (await response.json()) as { groups: { key: { unit: string }; totals: { moneyIn: string } }[] };
          return body.groups.filter((group) => group.key.unit.endsWith(run)).map((group) => group.totals.moneyIn);
        };
        await eventually(async () => (await ours()).length, 5, 90_000);
        expect((await ours()).sort()).toEqual(['1200000.00', '1300000.00', '1349210.00', '1400000.00', '1500000.00']);
        const phuket = await fetch(`${base}/api/finance/totals?area=19`, { headers: { authorization: await bearer('83') } });
        expect({ status: phuket.status, code: ((await phuket.json()) as { code: string }).code }).toEqual({
          status: 403,
          code: 'auth.out-of-scope',
        });

        // The document the gateway merges, metrics by route, and a public health with its consumer's breaker.
        const document = (await (await fetch(`${base}/api/docs-json`)).json()) as { openapi: string; paths: Record<string, unknown> };
        expect(document.openapi).toBe('3.1.0');
        expect(Object.keys(document.paths)).toContain('/api/finance/totals');
        expect(await (await fetch(`${base}/metrics`)).text()).toMatch(
          /kongthun_http_request_duration_seconds_count\{[^}]*route="\/api\/finance\/totals"/,
        );
        expect((await fetch(`${base}/health`)).status).toBe(200);
      } finally {
        service.stop();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }, 180_000);
  });
});
