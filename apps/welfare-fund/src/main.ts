/**
 * The welfare-fund service alone, distributed: its event store on a PostgreSQL server, its events
 * published to Kafka. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY,
 * PORT (3001), HOST (0.0.0.0).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, RefusalExceptionFilter } from '@kongthun/http';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { WelfareModule } from '@kongthun/welfare-service';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: required('DATABASE_URL'), max: 10 });
  const store = await SqlEventStore.open(sql, { schema: 'welfare' });
  const bus = new KafkaMessageBus({ brokers: required('KAFKA_BROKERS').split(','), clientId: 'welfare-fund' });
  const publisher = new EventLogPublisher(store, bus, await SqlCheckpointStore.open(sql, 'welfare'), { name: 'welfare-to-kafka', source: '/kongthun/welfare-fund' });

  @Module({
    imports: [
      AuthModule.forRoot({ secret: required('KONGTHUN_JWT_SECRET') }),
      MessagingHealthModule.forPublishers([publisher]),
      WelfareModule.register({ store, citizenIdKey: required('KONGTHUN_CITIZEN_ID_KEY') }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class WelfareFundApp {}

  const app = await NestFactory.create(WelfareFundApp);
  app.enableShutdownHooks();
  await publisher.start();
  await app.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '0.0.0.0');
  console.log(`welfare-fund listening on ${await app.getUrl()}`);
  const close = async () => {
    await app.close();
    await publisher.stop();
    await bus.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
