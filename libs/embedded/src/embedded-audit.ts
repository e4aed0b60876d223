import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { RedFlagConfig } from '@kongthun/audit-red-flags';
import { generateSigningKeyPem, signingKeyFromPem } from '@kongthun/audit-evidence';
import { AuditJobs, AuditModuleOptions, startAuditConsumer } from '@kongthun/audit-service';
import { AuditLedgerStore, loadOrCreateSigningKey } from '@kongthun/audit-store';
import { EventStore, PgliteSqlClient, SqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { KeyedHasher } from '@kongthun/kernel';
import { welfareMoneyPublisher } from '@kongthun/welfare-service';
import { grantsMoneyPublisher } from '@kongthun/grants-service';
import {
  Consumer,
  EventLogPublisher,
  InMemoryCheckpointStore,
  InProcessMessageBus,
  MessageBus,
  SqlCheckpointStore,
} from '@kongthun/messaging';
import { reliefMoneyPublisher } from '@kongthun/relief-service';

export interface EmbeddedAuditOptions {
  /** The services' event store: published to the in-process bus, and compared by the chain check. */
  store: EventStore;
  /** Where the ledger lives (`<dataDir>/audit`) and the signing key; in memory when absent (tests). */
  dataDir?: string;
  /** The services' SQL client, for the publisher's checkpoint; in memory when absent. */
  sql?: SqlClient;
  signEveryMs?: number;
  checkEveryMs?: number;
  /** Red-flag thresholds (the defaults when absent). */
  redFlags?: RedFlagConfig;
  /** The key citizen IDs and accounts are hashed with; when given, welfare's money contract is published too. */
  hashKey?: string;
}

export interface EmbeddedAudit {
  module: AuditModuleOptions;
  publisher: EventLogPublisher;
  /** Welfare's money-contract publisher (with `hashKey`): what the auditor's red flags read. */
  moneyPublisher?: EventLogPublisher;
  /** The in-process bus the publishers write to: other consumers (provincial finance) follow its topics too. */
  bus: MessageBus;
  /** Every publisher above, for /health. */
  publishers: EventLogPublisher[];
  /** Starts publishing and feeding the ledger, once the app (and its AuditJobs) exists. */
  start(app: INestApplication): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The audit service in the embedded host, wired as it is when distributed: the event log is
 * published to a bus (in-process here, Kafka there) and the ledger is fed from the bus only,
 * into its own database, so it stays a copy that editing the services' store cannot reach.
 */
export const openEmbeddedAudit = async (options: EmbeddedAuditOptions): Promise<EmbeddedAudit> => {
  const auditSql = await PgliteSqlClient.open(options.dataDir ? join(options.dataDir, 'audit') : 'memory://');
  const ledger = await AuditLedgerStore.open(auditSql);
  const auditStore = await SqlEventStore.open(auditSql, { schema: 'audit' });
  const signingKey = options.dataDir
    ? await loadOrCreateSigningKey(join(options.dataDir, 'audit-signing-key.pem'))
    : signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
  const bus = new InProcessMessageBus();
  const checkpoints = options.sql ? await SqlCheckpointStore.open(options.sql) : new InMemoryCheckpointStore();
  const publisher = new EventLogPublisher(options.store, bus, checkpoints, {
    name: 'embedded-to-bus',
    source: '/kongthun/embedded',
    pollIntervalMs: 200,
  });
  const moneyPublisher =
    options.hashKey === undefined
      ? undefined
      : welfareMoneyPublisher(options.store, bus, checkpoints, new KeyedHasher(options.hashKey), {
          source: '/kongthun/embedded',
          pollIntervalMs: 200,
          // A stuck publisher keeps its place and retries; say why, or the auditor just goes quiet.
          onError: (error) => console.error(`welfare.money-contract: ${error instanceof Error ? error.message : String(error)}`),
        });
  const grantsMoney =
    options.hashKey === undefined
      ? undefined
      : grantsMoneyPublisher(options.store, bus, checkpoints, new KeyedHasher(options.hashKey), {
          source: '/kongthun/embedded',
          pollIntervalMs: 200,
          onError: (error) => console.error(`grants.money-contract: ${error instanceof Error ? error.message : String(error)}`),
        });
  const reliefPublisher =
    options.hashKey === undefined
      ? undefined
      : reliefMoneyPublisher(options.store, bus, checkpoints, new KeyedHasher(options.hashKey), {
          source: '/kongthun/embedded',
          pollIntervalMs: 200,
          onError: (error) => console.error(`relief.money-contract: ${error instanceof Error ? error.message : String(error)}`),
        });
  let consumer: Consumer | undefined;
  return {
    module: {
      ledger,
      store: auditStore,
      signingKey,
      sources: [
        { context: 'welfare', readStream: (streamId) => options.store.readStream(streamId) },
        { context: 'grants', readStream: (streamId) => options.store.readStream(streamId) },
        { context: 'relief', readStream: (streamId) => options.store.readStream(streamId) },
      ],
      signEveryMs: options.signEveryMs ?? 10_000,
      redFlags: options.redFlags,
      checkEveryMs: options.checkEveryMs ?? 30_000,
    },
    publisher,
    moneyPublisher,
    bus,
    publishers: [
      publisher,
      ...(moneyPublisher ? [moneyPublisher] : []),
      ...(grantsMoney ? [grantsMoney] : []),
      ...(reliefPublisher ? [reliefPublisher] : []),
    ],
    start: async (app) => {
      consumer = await startAuditConsumer(bus, ledger, app.get(AuditJobs));
      await publisher.start();
      await moneyPublisher?.start();
      await grantsMoney?.start();
      await reliefPublisher?.start();
    },
    stop: async () => {
      await grantsMoney?.stop();
      await reliefPublisher?.stop();
      await moneyPublisher?.stop();
      await publisher.stop();
      await consumer?.stop();
      await bus.close();
      await auditSql.close();
    },
  };
};
