/**
 * The welfare-fund service alone, distributed: its event store on a PostgreSQL server (or KurrentDB
 * with KURRENTDB_URL, never run here: no Docker), its events
 * published to Kafka, with the money contract on kongthun.money.events. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY,
 * KONGTHUN_PERSONAL_DATA_KEY (master key of members' personal data, at least 32 bytes),
 * LOG_LEVEL (info), KONGTHUN_METRICS_TOKEN (optional: /metrics then wants it as a bearer token),
 * PORT (3001), HOST (0.0.0.0), KONGTHUN_LAPSE_INTERVAL_MINUTES (60; 0 turns the lapse job off), MONGO_URL and MONGO_DB (kongthun_welfare) for the views, which a
 * consumer of kongthun.welfare.events keeps in MongoDB (a new MONGO_DB rebuilds them from the topic).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { APP_FILTER } from '@nestjs/core';
import { createServiceApp, listenUntilSignalled, publisherErrorLog, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';
import { EventStore, PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { KurrentDbEventStore } from '@kongthun/event-sourcing/kurrentdb';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter, SqlIdempotencyStore } from '@kongthun/http';
import { PersonalDataAccessModule, SqlPersonalDataAccessLog } from '@kongthun/identity-service';
import { SqlPersonalDataStore } from '@kongthun/welfare-service';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { BreakerGuardedReadModelStore, MongooseReadModelStore } from '@kongthun/read-models';
import { Breakers } from '@kongthun/breakers';
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

const SERVICE: ServiceHost = {
  service: 'welfare-fund',
  openApi: { title: 'Kongthun welfare-fund service', description: 'Community welfare funds (กองทุนสวัสดิการชุมชน)' },
  defaultPort: 3001,
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  // KurrentDB when given (production), else the PostgreSQL store; PostgreSQL keeps the rest either way.
  const store: EventStore = process.env.KURRENTDB_URL
    ? await KurrentDbEventStore.open(process.env.KURRENTDB_URL)
    : await SqlEventStore.open(sql, { schema: 'welfare' });
  // Idempotency records beside the events; personal data in its own schema, backed up on a shorter retention.
  const idempotency = await SqlIdempotencyStore.open(sql, { schema: 'welfare' });
  const personalData = await SqlPersonalDataStore.open(sql, { schema: 'welfare_personal_data' });
  // Who read whose personal data and why (PDPA), kept with the personal data it records reads of.
  const accessLog = await SqlPersonalDataAccessLog.open(sql, { schema: 'welfare_personal_data' });
  // One breaker per dependency (the views' consumer, MongoDB), all on /health beside the publishers'.
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'welfare-fund', breakers });
  const checkpoints = await SqlCheckpointStore.open(sql, 'welfare');
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name: 'welfare-to-kafka',
    source: '/kongthun/welfare-fund',
    onError: publisherErrorLog('welfare-to-kafka'),
  });
  // The money contract on kongthun.money.events: what the auditor and provincial finance read of welfare.
  const moneyPublisher = welfareMoneyPublisher(store, bus, checkpoints, new KeyedHasher(requiredEnv('KONGTHUN_CITIZEN_ID_KEY')), {
    onError: publisherErrorLog('welfare.money-contract'),
  });
  const viewsDb = process.env.MONGO_DB ?? 'kongthun_welfare';
  const readModels = new BreakerGuardedReadModelStore(
    await MongooseReadModelStore.connect({ url: requiredEnv('MONGO_URL'), dbName: viewsDb }),
    breakers,
    `mongo.${viewsDb}`,
  );

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv('welfare-fund', process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([publisher, moneyPublisher], breakers),
      PersonalDataAccessModule.register(accessLog),
      WelfareQueriesModule.register({ readModels }),
      WelfareModule.register({
        store,
        citizenIdKey: requiredEnv('KONGTHUN_CITIZEN_ID_KEY'),
        idempotency,
        personalData,
        personalDataKey: requiredEnv('KONGTHUN_PERSONAL_DATA_KEY'),
      }),
    ],
    // The lapse job: KONGTHUN_LAPSE_INTERVAL_MINUTES (60; 0 turns it off). Run it in one replica only.
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }, lapseScheduleProvider(lapseIntervalFromEnv(process.env))],
  })
  class WelfareFundApp {}

  const app = await createServiceApp(WelfareFundApp, SERVICE);
  await publisher.start();
  await moneyPublisher.start();
  // Its own group per views database: offsets belong to the documents they produced.
  const viewsConsumer = await consumeWelfareEvents(bus, new FundProjection(readModels), `welfare-fund.fund-views.${viewsDb}`);
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
