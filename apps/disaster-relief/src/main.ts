/**
 * The disaster-relief service alone, distributed: its event store on a PostgreSQL server (schema
 * `relief`), its events published to Kafka and its money contract on kongthun.money.events.
 * Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY (the shared
 * hashing key), KONGTHUN_PERSONAL_DATA_KEY (seals payees' accounts and wraps households' data keys), PORT (3003), HOST (0.0.0.0),
 * KONGTHUN_RELIEF_RATES_DIR and KONGTHUN_RELIEF_APPROVAL_TIERS_FILE (optional), MONGO_URL and MONGO_DB
 * (kongthun_relief) for the views, which a consumer of kongthun.relief.events keeps in MongoDB (a new
 * MONGO_DB rebuilds them from the topic).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, RefusalExceptionFilter } from '@kongthun/http';
import { KeyedHasher, MasterKey } from '@kongthun/kernel';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { MongooseReadModelStore } from '@kongthun/read-models';
import { PersonalDataAccessModule, SqlPersonalDataAccessLog } from '@kongthun/identity-service';
import {
  consumeReliefEvents,
  HouseholdVault,
  ReliefModule,
  reliefMoneyPublisher,
  ReliefProjection,
  SqlHouseholdPersonalDataStore,
  SqlPayeeDirectory,
} from '@kongthun/relief-service';

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: required('DATABASE_URL'), max: 10 });
  const store = await SqlEventStore.open(sql, { schema: 'relief' });
  const payees = await SqlPayeeDirectory.open(sql, required('KONGTHUN_PERSONAL_DATA_KEY'));
  const households = new HouseholdVault(
    await SqlHouseholdPersonalDataStore.open(sql),
    MasterKey.fromSecret(required('KONGTHUN_PERSONAL_DATA_KEY')),
  );
  const accessLog = await SqlPersonalDataAccessLog.open(sql);
  const bus = new KafkaMessageBus({ brokers: required('KAFKA_BROKERS').split(','), clientId: 'disaster-relief' });
  const checkpoints = await SqlCheckpointStore.open(sql, 'relief');
  const onError = (name: string) => (error: unknown) => console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name: 'relief-to-kafka',
    source: '/kongthun/disaster-relief',
    onError: onError('relief-to-kafka'),
  });
  const moneyPublisher = reliefMoneyPublisher(store, bus, checkpoints, new KeyedHasher(required('KONGTHUN_CITIZEN_ID_KEY')), {
    onError: onError('relief.money-contract'),
  });
  const viewsDb = process.env.MONGO_DB ?? 'kongthun_relief';
  const readModels = await MongooseReadModelStore.connect({ url: required('MONGO_URL'), dbName: viewsDb });

  @Module({
    imports: [
      AuthModule.forRoot({ secret: required('KONGTHUN_JWT_SECRET') }),
      MessagingHealthModule.forPublishers([publisher, moneyPublisher]),
      PersonalDataAccessModule.register(accessLog),
      ReliefModule.register({ store, hashKey: required('KONGTHUN_CITIZEN_ID_KEY'), payees, households, readModels }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class DisasterReliefApp {}

  const app = await NestFactory.create(DisasterReliefApp);
  app.enableShutdownHooks();
  await publisher.start();
  await moneyPublisher.start();
  // Its own group per views database: offsets belong to the documents they produced.
  const viewsConsumer = await consumeReliefEvents(bus, new ReliefProjection(readModels), `disaster-relief.views.${viewsDb}`);
  await app.listen(Number(process.env.PORT ?? 3003), process.env.HOST ?? '0.0.0.0');
  console.log(`disaster-relief listening on ${await app.getUrl()}`);
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
