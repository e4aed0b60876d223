import { Writable } from 'node:stream';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp, demoCitizenId, demoRules, openEmbeddedAudit } from '@kongthun/embedded';
import { InProcessMessageBus } from '@kongthun/messaging';
import { dateOfInstant, fiscalYearOfDate } from '@kongthun/kernel';
import { memberStreamId } from '@kongthun/welfare-domain';

type Line = Record<string, unknown> & { msg?: string; level?: number; req?: { id?: string } };

/** The JSON lines a pino destination received. */
const lineCollector = () => {
  const lines: Line[] = [];
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n').filter(Boolean)) {
        raw.push(text);
        lines.push(JSON.parse(text) as Line);
      }
      done();
    },
  });
  return { lines, raw, destination };
};

const metricValue = (text: string, family: string, labels: Record<string, string>): number | undefined => {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${family}{`) && wanted.every((w) => l.includes(w)));
  return line === undefined ? undefined : Number(line.split(' ').pop());
};

describe('the embedded host logs JSON lines with trace ids and exposes Prometheus metrics', () => {
  const name = 'นางสมศรี มีสุข';
  const phone = '081-234-5678';
  const citizenId = demoCitizenId(911);

  it('follows a command from its request to the auditor by one correlation id, with no personal data in any line, and counts it in /metrics', async () => {
    const { lines, raw, destination } = lineCollector();
    const sql = await PgliteSqlClient.open('memory://');
    const store = await SqlEventStore.open(sql);
    const audit = await openEmbeddedAudit({ store, signEveryMs: 0, checkEveryMs: 0 });
    const app = await createEmbeddedApp({
      store,
      publishers: audit.publishers,
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      serviceData: { sql, personalDataKey: 'personal-data-master-key-for-tests-only' },
      audit: audit.module,
      observability: { service: 'embedded', level: 'debug', destination },
    });
    await app.init();
    await audit.start(app);
    try {
      const token = `Bearer ${await app.get(TokenIssuer).issue({ userId: 'admin', role: 'admin', scope: {} })}`;
      const server = app.getHttpServer();
      await request(server)
        .post('/api/welfare/funds')
        .set('authorization', token)
        .send({
          fundId: 'obs-fund',
          name: 'กองทุนสวัสดิการชุมชนทดสอบ',
          areaCode: '830105',
          foundedOn: '2024-01-05',
          rules: demoRules,
          committee: [
            { userId: 'somchai', role: 'chair', citizenId: demoCitizenId(901), personalDataRef: 'pd-1' },
            { userId: 'malee', role: 'treasurer', citizenId: demoCitizenId(902), personalDataRef: 'pd-2' },
            { userId: 'prasert', role: 'member', citizenId: demoCitizenId(903), personalDataRef: 'pd-3' },
          ],
        })
        .expect(201);
      const enrolled = await request(server)
        .post('/api/welfare/funds/obs-fund/members')
        .set('authorization', token)
        .set('x-request-id', 'req-obs-enrol')
        .set('x-correlation-id', 'corr-obs-enrol')
        .send({
          memberId: 'm-1',
          citizenId,
          name,
          phone,
          planId: 'baht-a-day',
          enrolledOn: '2024-02-01',
          joiningFee: '10.00',
          beneficiary: { name: 'เด็กชายก้อง มีสุข', phone: null, citizenId: null, relationship: 'บุตร' },
        });
      expect(enrolled.status).toBe(201);
      expect(enrolled.headers['x-request-id']).toBe('req-obs-enrol');
      const anonymous = await request(server).get('/api/welfare/funds/obs-fund');
      expect(anonymous.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

      // The event carries the request's correlation id; the auditor's consumer logs it when it handles it.
      // The enrolment lives in the member's own stream (libs/welfare/domain/README.md).
      const history = await store.readStream(memberStreamId('obs-fund', 'm-1', fiscalYearOfDate(dateOfInstant(new Date().toISOString()))));
      const enrolment = history.find((e) => e.type === 'welfare.member.enrolled');
      expect(enrolment?.metadata.correlationId).toBe('corr-obs-enrol');
      const deadline = Date.now() + 10_000;
      const audited = () =>
        // An enrolment writes the roster's entry and the member's stream under one correlation id: find the member's.
        lines.find(
          (l) =>
            l.correlationId === 'corr-obs-enrol' &&
            String(l.msg).startsWith('kongthun-audit-ledger handled') &&
            l.eventId === enrolment?.id,
        );
      while (!audited() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(audited()).toMatchObject({ service: 'embedded', eventId: enrolment?.id, context: 'MessageBus' });

      const requestLine = lines.find((l) => l.req?.id === 'req-obs-enrol' && l.msg === 'request completed');
      expect(requestLine).toMatchObject({ correlationId: 'corr-obs-enrol', req: { headers: { authorization: '[redacted]' } } });
      const everything = raw.join('\n');
      for (const secret of [token.slice('Bearer '.length), name, phone, citizenId]) expect(everything).not.toContain(secret);

      // A consumer that dead-letters moves the DLQ count of the same process.
      const bus = new InProcessMessageBus({ backoffScale: 0 });
      const failing = await bus.consume({
        groupId: 'obs-failing',
        topics: ['kt-test.obs'],
        retry: { attempts: 1, initialBackoffMs: 0 },
        handle: async () => {
          throw new Error('cannot');
        },
      });
      await bus.publish([{ topic: 'kt-test.obs', key: 'k', value: 'v', headers: {} }]);
      const scrapeUntil = async (moved: (text: string) => boolean) => {
        for (let tries = 0; ; tries++) {
          const text = (await request(server).get('/metrics').expect(200)).text;
          if (moved(text) || tries > 200) return text;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const metrics = await scrapeUntil((text) => metricValue(text, 'kongthun_dead_letters_total', { group: 'obs-failing' }) === 1);
      await failing.stop();
      await bus.close();

      const route = { route: '/api/welfare/funds/:fundId/members', method: 'POST', status: '201' };
      expect(metricValue(metrics, 'kongthun_http_request_duration_seconds_count', route)).toBe(1);
      expect(metricValue(metrics, 'kongthun_dead_letters_total', { topic: 'kt-test.obs', group: 'obs-failing' })).toBe(1);
      expect(
        metricValue(metrics, 'kongthun_consumer_lag_messages', { group: 'kongthun-audit-ledger', topic: 'kongthun.welfare.events' }),
      ).toBe(0);
      expect(metricValue(metrics, 'kongthun_messages_handled_total', { group: 'kongthun-audit-ledger' })).toBeGreaterThanOrEqual(2);
      expect(metricValue(metrics, 'kongthun_publisher_events_behind', { publisher: 'embedded-to-bus' })).toBe(0);
      expect(metricValue(metrics, 'kongthun_breaker_state', { breaker: 'embedded-to-bus.bus' })).toBe(0);
    } finally {
      await audit.stop();
      await app.close();
      await store.close();
    }
  }, 90_000);
});
