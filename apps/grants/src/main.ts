/**
 * The project grants service alone, distributed: its event store on a PostgreSQL server (schema
 * `grants`), its events published to Kafka (kongthun.grants.events) with the money contract on
 * kongthun.money.events, and its views in MongoDB, kept by a consumer of its own topic.
 * Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, KONGTHUN_CITIZEN_ID_KEY (the shared hashing
 * key: accounts, representatives, receipts), KONGTHUN_PERSONAL_DATA_KEY (master key of contact persons'
 * data, at least 32 bytes), MONGO_URL and MONGO_DB (kongthun_grants; a new one
 * rebuilds the views from the topic), LOG_LEVEL (info), KONGTHUN_METRICS_TOKEN (optional), the
 * KONGTHUN_OIDC_* variables (optional), PORT (3003), HOST (0.0.0.0).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { createServiceApp, listenUntilSignalled, publisherErrorLog, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';
import { Breakers } from '@kongthun/breakers';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import {
  consumeGrantsEvents,
  ContactVault,
  GrantsModule,
  grantsMoneyPublisher,
  grantsViewProjections,
  SqlContactStore,
} from '@kongthun/grants-service';
import { PersonalDataAccessModule, SqlPersonalDataAccessLog } from '@kongthun/identity-service';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter, SqlIdempotencyStore } from '@kongthun/http';
import { KeyedHasher, MasterKey } from '@kongthun/kernel';
import { EventLogPublisher, KafkaMessageBus, MessagingHealthModule, SqlCheckpointStore } from '@kongthun/messaging';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { BreakerGuardedReadModelStore, MongooseReadModelStore } from '@kongthun/read-models';

const SERVICE: ServiceHost = {
  service: 'grants',
  openApi: { title: 'Kongthun grants service', description: 'Project grants (ทุนโครงการ)' },
  defaultPort: 3003,
};

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  const store = await SqlEventStore.open(sql, { schema: 'grants' });
  // Award, tranche and refund POSTs take an Idempotency-Key: its records sit beside the events.
  const idempotency = await SqlIdempotencyStore.open(sql, { schema: 'grants' });
  // Contact persons encrypted in their own schema (shorter backup retention), with the record of who read them and why (PDPA).
  const contactStore = await SqlContactStore.open(sql, { schema: 'grants_personal_data' });
  const accessLog = await SqlPersonalDataAccessLog.open(sql, { schema: 'grants_personal_data' });
  const contacts = new ContactVault(contactStore, MasterKey.fromSecret(requiredEnv('KONGTHUN_PERSONAL_DATA_KEY')));
  const breakers = new Breakers();
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'grants', breakers });
  const checkpoints = await SqlCheckpointStore.open(sql, 'grants');
  const publisher = new EventLogPublisher(store, bus, checkpoints, {
    name: 'grants-to-kafka',
    source: '/kongthun/grants',
    onError: publisherErrorLog('grants-to-kafka'),
  });
  // Allocations, awards, tranches, refunds and expense reports as the money contract: what the auditor reads of grants.
  const moneyPublisher = grantsMoneyPublisher(store, bus, checkpoints, new KeyedHasher(requiredEnv('KONGTHUN_CITIZEN_ID_KEY')), {
    onError: publisherErrorLog('grants.money-contract'),
  });
  const viewsDb = process.env.MONGO_DB ?? 'kongthun_grants';
  const readModels = new BreakerGuardedReadModelStore(
    await MongooseReadModelStore.connect({ url: requiredEnv('MONGO_URL'), dbName: viewsDb }),
    breakers,
    `mongo.${viewsDb}`,
  );

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv('grants', process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([publisher, moneyPublisher], breakers),
      PersonalDataAccessModule.register(accessLog),
      // No freshness: a GET of a view is behind a POST by the publisher's and the consumer's lag.
      GrantsModule.register({ store, hashKey: requiredEnv('KONGTHUN_CITIZEN_ID_KEY'), idempotency, contacts, readModels }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class GrantsApp {}

  const app = await createServiceApp(GrantsApp, SERVICE);
  await publisher.start();
  await moneyPublisher.start();
  // Its own group per views database: offsets belong to the documents they produced.
  const viewsConsumer = await consumeGrantsEvents(bus, grantsViewProjections(readModels), `grants.views.${viewsDb}`);
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
