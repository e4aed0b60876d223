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
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { observabilityFromEnv, ObservabilityModule, useObservability } from '@kongthun/observability';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter, serveOpenApi } from '@kongthun/http';
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

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: required('DATABASE_URL'), max: 10 });
  // The embedded host's layout, so `kongthun users --database-url` works on either.
  const store = await SqlEventStore.open(sql, { schema: 'identity' });
  const accounts = await SqlAccountStore.open(sql);
  const refreshTokens = await SqlRefreshTokenStore.open(sql);
  // The committees' consumer has its breaker, on /health.
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: required('KAFKA_BROKERS').split(','), clientId: 'identity', breakers });

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv('identity', process.env)),
      AuthModule.forRoot({ secret: required('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([], breakers),
      IdentityModule.register({ store, accounts, refreshTokens, sessions: sessionOptionsFromEnv(process.env) }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class IdentityApp {}

  const app = await NestFactory.create(IdentityApp, { bufferLogs: true });
  useObservability(app);
  app.enableShutdownHooks();
  // /api/docs-json: what the gateway merges into its one document.
  serveOpenApi(app, {
    title: 'Kongthun identity service',
    description: 'Users, logins and sessions (ผู้ใช้งานและการเข้าสู่ระบบ)',
    version: '0.1.0',
  });
  const committees = await consumeFundCommittees(
    bus,
    app.get(FundCommitteeProcess),
    process.env.KONGTHUN_IDENTITY_GROUP ?? 'identity.fund-committees',
  );
  await app.listen(Number(process.env.PORT ?? 3006), process.env.HOST ?? '0.0.0.0');
  console.log(`identity listening on ${await app.getUrl()}`);
  const close = async () => {
    await committees.stop();
    await app.close();
    await bus.close();
    await store.close();
    breakers.shutdown();
    process.exit(0);
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
