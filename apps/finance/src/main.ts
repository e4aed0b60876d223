/**
 * Provincial finance alone, distributed: its books in PostgreSQL, fed from Kafka's money contract
 * topic (kongthun.money.events) only. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET,
 * PORT (3003), HOST (0.0.0.0), KONGTHUN_FINANCE_SCHEMA (finance), KONGTHUN_FINANCE_GROUP
 * (kongthun-finance): a new schema and group rebuild the books from the start of the topic;
 * KONGTHUN_OIDC_* (optional): also accept tokens from that OpenID Connect provider.
 * API docs at /api/docs.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { PgSqlClient } from '@kongthun/event-sourcing';
import { API_KEY_SCHEME, FINANCE_CONSUMER_GROUP, FinanceModule, FinanceStore, startFinanceConsumer } from '@kongthun/finance-service';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter } from '@kongthun/http';
import { KafkaMessageBus } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC } from '@kongthun/money-contract';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: required('DATABASE_URL'), max: 10 });
  const store = await FinanceStore.open(sql, { schema: process.env.KONGTHUN_FINANCE_SCHEMA ?? 'finance' });
  const bus = new KafkaMessageBus({ brokers: required('KAFKA_BROKERS').split(','), clientId: 'finance' });

  @Module({
    imports: [
      AuthModule.forRoot({ secret: required('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      FinanceModule.register({ store }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class FinanceApp {}

  const app = await NestFactory.create(FinanceApp);
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Kongthun provincial finance (การเงินระดับจังหวัด)')
      .setVersion('0.1.0')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'x-api-key' }, API_KEY_SCHEME)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  const consumer = await startFinanceConsumer(bus, store, process.env.KONGTHUN_FINANCE_GROUP ?? FINANCE_CONSUMER_GROUP);
  await app.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '0.0.0.0');
  console.log(`finance listening on ${await app.getUrl()}, following ${MONEY_CONTRACT_TOPIC}`);
  const close = async () => {
    await consumer.stop();
    await app.close();
    await bus.close();
    await sql.close();
    process.exit(0);
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
