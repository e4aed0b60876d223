import request from 'supertest';
import { EventStore, InMemoryEventStore } from '@kongthun/event-sourcing';
import { IDENTITY_EVENT_STORE } from '@kongthun/identity-service';
import { createEmbeddedApp, demoActors, demoPassword, ensureDemoLogins, loadDemo } from '@kongthun/embedded';
import { FundCommandHandler } from '@kongthun/welfare-service';

/** What the web app's login page is built on: every demo user logs in with its user id and the demo password. */
describe('demo logins', () => {
  it('lets every demo user log in with its user id and the demo password, with the role and scope of its token', async () => {
    const store = new InMemoryEventStore();
    const app = await createEmbeddedApp({
      store,
      publishers: [],
      jwtSecret: 'test-secret-test-secret-test-secret',
      citizenIdKey: 'citizen-key-for-tests-only',
      logger: false,
    });
    await app.init();
    try {
      await loadDemo(app.get(FundCommandHandler), 'citizen-key-for-tests-only');
      expect(demoPassword({})).toBe('kongthun-demo');
      expect(demoPassword({ KONGTHUN_DEMO_PASSWORD: 'another-demo-pw' })).toBe('another-demo-pw');
      await ensureDemoLogins(app, 'kongthun-demo');
      await ensureDemoLogins(app, 'kongthun-demo');
      for (const actor of Object.values(demoActors)) {
        const session = await request(app.getHttpServer())
          .post('/api/auth/login')
          .send({ username: actor.userId, password: 'kongthun-demo' });
        expect([actor.userId, session.status, session.body.user]).toEqual([
          actor.userId,
          200,
          expect.objectContaining({ role: actor.role, scope: actor.scope.province ? { areas: [actor.scope.province] } : actor.scope }),
        ]);
      }
      expect(
        (await app.get<EventStore>(IDENTITY_EVENT_STORE).readStream('identity-user-somchai')).map((event) => event.metadata.actor.userId),
      ).toEqual(['kongthun-identity', 'kongthun-identity']);
    } finally {
      await app.close();
      await store.close();
    }
  }, 120_000);
});
