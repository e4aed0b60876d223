import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { InMemoryEventStore } from '@kongthun/event-sourcing';
import { TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp, demoCitizenId, demoRules } from '@kongthun/embedded';
import { FundCommitteeUsers } from '@kongthun/identity-service';

/** The embedded host (in memory), an administrator's token, and a way to register funds as they would. */
export const startIdentityHost = async () => {
  const store = new InMemoryEventStore();
  const app: INestApplication = await createEmbeddedApp({
    store,
    publishers: [],
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
  });
  await app.init();
  const admin = `Bearer ${await app.get(TokenIssuer).issue({ userId: 'admin', role: 'admin', scope: {} })}`;
  const http = () => request(app.getHttpServer());
  const asAdmin = {
    post: (path: string, body: object = {}) => http().post(path).set('authorization', admin).send(body),
    get: (path: string) => http().get(path).set('authorization', admin),
  };
  const login = (username: string, password: string) => http().post('/api/auth/login').send({ username, password });
  /** Registers a fund as an administrator and waits for its committee's users. */
  const registerFund = async (
    fundId: string,
    areaCode: string,
    committee: { userId: string; role: 'chair' | 'treasurer' | 'member' }[],
  ) => {
    await asAdmin
      .post('/api/welfare/funds', {
        fundId,
        name: `กองทุนสวัสดิการชุมชน ${fundId}`,
        areaCode,
        foundedOn: '2024-01-05',
        rules: demoRules,
        committee: committee.map((member, i) => ({ ...member, citizenId: demoCitizenId(700 + i), personalDataRef: `pd-${fundId}-${i}` })),
      })
      .expect(201);
    await app.get(FundCommitteeUsers).follower.settled();
  };
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { app, store, http, asAdmin, login, registerFund, close };
};
