/**
 * The welfare-fund service alone, distributed: its event store on a PostgreSQL server (or KurrentDB
 * with KURRENTDB_URL, never run here: no Docker), its events
 * published to Kafka, with the money contract on kongthun.money.events. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY,
 * KONGTHUN_PERSONAL_DATA_KEY (master key of members' personal data, at least 32 bytes),
 * PORT (3001), HOST (0.0.0.0), KONGTHUN_LAPSE_INTERVAL_MINUTES (60; 0 turns the lapse job off), MONGO_URL and MONGO_DB (kongthun_welfare) for the views, which a
 * consumer of kongthun.welfare.events keeps in MongoDB (a new MONGO_DB rebuilds them from the topic).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { EventStore, PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { KurrentDbEventStore } from '@kongthun/event-sourcing/kurrentdb';
import { AuthModule, RefusalExceptionFilter, SqlIdempotencyStore } from '@kongthun/http';
import { PersonalDataAccessModule, SqlPersonalDataAccessLog } from '@kongthun/identity-service';
import { SqlPersonalDataStore } from '@kongthun/welfare-service';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { MongooseReadModelStore } from '@kongthun/read-models';
import {
  consumeWelfareEvents,
  FundProjection,
  lapseIntervalFromEnv,
  lapseScheduleProvider,
  WelfareModule,
  WelfareQueriesModule,
  welfareMoneyPublisher,
} from '@kongthun/welfare-service';
import { KeyedHasher } from '@kongthun/kernel';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: required('DATABASE_URL'), max: 10 });
  // KurrentDB when given (production), else the PostgreSQL store; PostgreSQL keeps the rest either way.
  const store: EventStore = process.env.KURRENTDB_URL
    ? await KurrentDbEventStore.open(process.env.KURRENTDB_URL)
    : await SqlEventStore.open(sql, { schema: 'welfare' });
  // Idempotency records beside the events; personal data in its own schema, backed up on a shorter retention.
  const idempotency = await SqlIdempotencyStore.open(sql, { schema: 'welfare' });
  const personalData = await SqlPersonalDataStore.open(sql, { schema: 'welfare_personal_data' });
  // Who read whose personal data and why (PDPA), kept with the personal data it records reads of.
  const accessLog = await SqlPersonalDataAccessLog.open(sql, { schema: 'welfare_personal_data' });
  const bus = new KafkaMessageBus({ brokers: required('KAFKA_BROKERS').split(','), clientId: 'welfare-fund' });
  const checkpoints = await SqlCheckpointStore.open(sql, 'welfare');
  // A publisher that cannot publish keeps its place and retries; say why, or a stalled topic is a mystery.
  const onError = (name: string) => (error: unknown) => console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name: 'welfare-to-kafka',
    source: '/kongthun/welfare-fund',
    onError: onError('welfare-to-kafka'),
  });
  // The money contract on kongthun.money.events: what the auditor and provincial finance read of welfare.
  const moneyPublisher = welfareMoneyPublisher(store, bus, checkpoints, new KeyedHasher(required('KONGTHUN_CITIZEN_ID_KEY')), {
    onError: onError('welfare.money-contract'),
  });
  const viewsDb = process.env.MONGO_DB ?? 'kongthun_welfare';
  const readModels = await MongooseReadModelStore.connect({ url: required('MONGO_URL'), dbName: viewsDb });

  @Module({
    imports: [
      AuthModule.forRoot({ secret: required('KONGTHUN_JWT_SECRET') }),
      MessagingHealthModule.forPublishers([publisher, moneyPublisher]),
      PersonalDataAccessModule.register(accessLog),
      WelfareQueriesModule.register({ readModels }),
      WelfareModule.register({
        store,
        citizenIdKey: required('KONGTHUN_CITIZEN_ID_KEY'),
        idempotency,
        personalData,
        personalDataKey: required('KONGTHUN_PERSONAL_DATA_KEY'),
      }),
    ],
    // The lapse job: KONGTHUN_LAPSE_INTERVAL_MINUTES (60; 0 turns it off). Run it in one replica only.
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }, lapseScheduleProvider(lapseIntervalFromEnv(process.env))],
  })
  class WelfareFundApp {}

  const app = await NestFactory.create(WelfareFundApp);
  app.enableShutdownHooks();
  await publisher.start();
  await moneyPublisher.start();
  // Its own group per views database: offsets belong to the documents they produced.
  const viewsConsumer = await consumeWelfareEvents(bus, new FundProjection(readModels), `welfare-fund.fund-views.${viewsDb}`);
  await app.listen(Number(process.env.PORT ?? 3001), process.env.HOST ?? '0.0.0.0');
  console.log(`welfare-fund listening on ${await app.getUrl()}`);
  const close = async () => {
    await app.close();
    await moneyPublisher.stop();
    await publisher.stop();
    await viewsConsumer.stop();
    await bus.close();
    await readModels.close();
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
