/**
 * Provincial finance alone, distributed: its books in PostgreSQL, fed from Kafka's money contract
 * topic (kongthun.money.events) only. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET,
 * PORT (3003), HOST (0.0.0.0), KONGTHUN_FINANCE_SCHEMA (finance), KONGTHUN_FINANCE_GROUP
 * (kongthun-finance): a new schema and group rebuild the books from the start of the topic;
 * KONGTHUN_OIDC_* (optional): also accept tokens from that OpenID Connect provider; LOG_LEVEL
 * (info), KONGTHUN_METRICS_TOKEN (optional). API docs at /api/docs.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Breakers } from '@kongthun/breakers';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { API_KEY_SCHEME, FINANCE_CONSUMER_GROUP, FinanceModule, FinanceStore, startFinanceConsumer } from '@kongthun/finance-service';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter } from '@kongthun/http';
import { KafkaMessageBus, MessagingHealthModule } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC } from '@kongthun/money-contract';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { createServiceApp, listenUntilSignalled, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';

const SERVICE: ServiceHost = {
  service: 'finance',
  openApi: {
    title: 'Kongthun provincial finance service',
    description: 'Totals and details of every programme by area and period (การเงินระดับจังหวัด)',
    apiKeys: [
      { scheme: API_KEY_SCHEME, header: 'x-api-key', description: 'a provincial-finance API key (also: Authorization: ApiKey <key>)' },
    ],
  },
  defaultPort: 3003,
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  const store = await FinanceStore.open(sql, { schema: process.env.KONGTHUN_FINANCE_SCHEMA ?? 'finance' });
  // The money topic's consumer has its breaker, on /health.
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'finance', breakers });

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv(SERVICE.service, process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([], breakers),
      FinanceModule.register({ store }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class FinanceApp {}

  const app = await createServiceApp(FinanceApp, SERVICE);
  const consumer = await startFinanceConsumer(bus, store, process.env.KONGTHUN_FINANCE_GROUP ?? FINANCE_CONSUMER_GROUP);
  await listenUntilSignalled(
    app,
    SERVICE,
    [() => consumer.stop(), () => app.close(), () => bus.close(), () => sql.close(), () => breakers.shutdown()],
    `, following ${MONEY_CONTRACT_TOPIC}`,
  );
};

runService(main);
