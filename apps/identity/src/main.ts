/**
 * The identity service alone, distributed: users, password logins, refresh tokens and password
 * changes, every change an event of its own PostgreSQL event store (schema `identity`; hashes and
 * refresh tokens in their tables beside it, as in the embedded host). Signs the same HS256 access
 * tokens the embedded host does, with KONGTHUN_JWT_SECRET, which every other service already checks.
 * A fund's committee users follow from kongthun.welfare.events (consumer group KONGTHUN_IDENTITY_GROUP,
 * identity.fund-committees): no password crosses Kafka, an administrator gives each one here.
 * Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_ACCESS_TOKEN_MINUTES (15),
 * KONGTHUN_REFRESH_TOKEN_DAYS (7), the KONGTHUN_OIDC_* of libs/identity's README (optional),
 * LOG_LEVEL (info), KONGTHUN_METRICS_TOKEN (optional), PORT (3006), HOST (0.0.0.0).
 * The first administrator: `npm run kongthun -- users create admin --role admin --password … --database-url $DATABASE_URL`.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { createServiceApp, listenUntilSignalled, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter } from '@kongthun/http';
import {
  consumeFundCommittees,
  FundCommitteeProcess,
  IdentityModule,
  sessionOptionsFromEnv,
  SqlAccountStore,
  SqlRefreshTokenStore,
} from '@kongthun/identity-service';
import { KafkaMessageBus, MessagingHealthModule } from '@kongthun/messaging';
import { Breakers } from '@kongthun/breakers';

const SERVICE: ServiceHost = {
  service: 'identity',
  openApi: { title: 'Kongthun identity service', description: 'Users, logins and sessions (ผู้ใช้งานและการเข้าสู่ระบบ)' },
  defaultPort: 3006,
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  // The embedded host's layout, so `kongthun users --database-url` works on either.
  const store = await SqlEventStore.open(sql, { schema: 'identity' });
  const accounts = await SqlAccountStore.open(sql);
  const refreshTokens = await SqlRefreshTokenStore.open(sql);
  // The committees' consumer has its breaker, on /health.
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'identity', breakers });

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv('identity', process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([], breakers),
      IdentityModule.register({ store, accounts, refreshTokens, sessions: sessionOptionsFromEnv(process.env) }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class IdentityApp {}

  const app = await createServiceApp(IdentityApp, SERVICE);
  const committees = await consumeFundCommittees(
    bus,
    app.get(FundCommitteeProcess),
    process.env.KONGTHUN_IDENTITY_GROUP ?? 'identity.fund-committees',
  );
  // The committees' handler uses the app's process: it stops first.
  await listenUntilSignalled(app, SERVICE, [
    () => committees.stop(),
    () => app.close(),
    () => bus.close(),
    () => store.close(),
    () => breakers.shutdown(),
  ]);
};

runService(main);
