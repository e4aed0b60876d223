/**
 * The disaster-relief service alone, distributed: its event store on a PostgreSQL server (schema
 * `relief`), its events published to Kafka and its money contract on kongthun.money.events.
 * Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY (the shared
 * hashing key), KONGTHUN_PERSONAL_DATA_KEY (seals payees' accounts and wraps households' data keys), PORT (3003), HOST (0.0.0.0),
 * KONGTHUN_RELIEF_RATES_DIR and KONGTHUN_RELIEF_APPROVAL_TIERS_FILE (optional), MONGO_URL and MONGO_DB
 * (kongthun_relief) for the views, which a consumer of kongthun.relief.events keeps in MongoDB (a new
 * MONGO_DB rebuilds them from the topic), LOG_LEVEL (info), KONGTHUN_METRICS_TOKEN (optional), the
 * KONGTHUN_OIDC_* variables (optional).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Breakers } from '@kongthun/breakers';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter } from '@kongthun/http';
import { KeyedHasher, MasterKey } from '@kongthun/kernel';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { BreakerGuardedReadModelStore, MongooseReadModelStore } from '@kongthun/read-models';
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
import { createServiceApp, listenUntilSignalled, publisherErrorLog, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';

const SERVICE: ServiceHost = {
  service: 'disaster-relief',
  openApi: { title: 'Kongthun disaster-relief service', description: 'Disaster relief (การช่วยเหลือผู้ประสบภัยพิบัติ)' },
  defaultPort: 3003,
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  const store = await SqlEventStore.open(sql, { schema: 'relief' });
  const payees = await SqlPayeeDirectory.open(sql, requiredEnv('KONGTHUN_PERSONAL_DATA_KEY'));
  const households = new HouseholdVault(
    await SqlHouseholdPersonalDataStore.open(sql),
    MasterKey.fromSecret(requiredEnv('KONGTHUN_PERSONAL_DATA_KEY')),
  );
  const accessLog = await SqlPersonalDataAccessLog.open(sql);
  // One breaker per dependency (the views' consumer, MongoDB), all on /health beside the publishers'.
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'disaster-relief', breakers });
  const checkpoints = await SqlCheckpointStore.open(sql, 'relief');
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name: 'relief-to-kafka',
    source: '/kongthun/disaster-relief',
    onError: publisherErrorLog('relief-to-kafka'),
  });
  const moneyPublisher = reliefMoneyPublisher(store, bus, checkpoints, new KeyedHasher(requiredEnv('KONGTHUN_CITIZEN_ID_KEY')), {
    onError: publisherErrorLog('relief.money-contract'),
  });
  const viewsDb = process.env.MONGO_DB ?? 'kongthun_relief';
  const readModels = new BreakerGuardedReadModelStore(
    await MongooseReadModelStore.connect({ url: requiredEnv('MONGO_URL'), dbName: viewsDb }),
    breakers,
    `mongo.${viewsDb}`,
  );

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv(SERVICE.service, process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([publisher, moneyPublisher], breakers),
      PersonalDataAccessModule.register(accessLog),
      ReliefModule.register({ store, hashKey: requiredEnv('KONGTHUN_CITIZEN_ID_KEY'), payees, households, readModels }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class DisasterReliefApp {}

  const app = await createServiceApp(DisasterReliefApp, SERVICE);
  await publisher.start();
  await moneyPublisher.start();
  // Its own group per views database: offsets belong to the documents they produced.
  const viewsConsumer = await consumeReliefEvents(bus, new ReliefProjection(readModels), `disaster-relief.views.${viewsDb}`);
  await listenUntilSignalled(app, SERVICE, [
    () => app.close(),
    () => moneyPublisher.stop(),
    () => publisher.stop(),
    () => viewsConsumer.stop(),
    () => bus.close(),
    () => readModels.close(),
    () => store.close(),
    () => breakers.shutdown(),
  ]);
};

runService(main);
