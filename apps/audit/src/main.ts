/**
 * The audit service alone, distributed: its ledger and its own events on PostgreSQL, fed from
 * Kafka only. Env: DATABASE_URL, KAFKA_BROKERS, KONGTHUN_JWT_SECRET, PORT (3002), HOST (0.0.0.0),
 * LOG_LEVEL (info), KONGTHUN_METRICS_TOKEN (optional: /metrics then wants it as a bearer token),
 * KONGTHUN_AUDIT_KEY_FILE (Ed25519 PEM, made on first start; default ./data/audit-signing-key.pem),
 * KONGTHUN_AUDIT_ORIGIN (default kongthun.audit), KONGTHUN_AUDIT_TOPICS (comma-separated),
 * WELFARE_SOURCE_DATABASE_URL (the welfare store to compare against; optional),
 * AUDIT_SIGN_EVERY_MS (10000), AUDIT_CHECK_EVERY_MS (60000); KONGTHUN_AUDIT_LEDGER_SCHEMA
 * (kongthun_audit, which also holds the money log), KONGTHUN_AUDIT_SCHEMA (audit) and
 * KONGTHUN_AUDIT_GROUP (kongthun-audit-ledger): a new schema and group build a new ledger from the
 * start of every topic. The money contract topic (kongthun.money.events) is read by the group
 * KONGTHUN_AUDIT_MONEY_GROUP (default kongthun-audit-money, or <KONGTHUN_AUDIT_GROUP>-money).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { redFlagConfigFromEnv } from '@kongthun/audit-red-flags';
import { Module } from '@nestjs/common';
import { observabilityFromEnv, ObservabilityModule } from '@kongthun/observability';
import { APP_FILTER } from '@nestjs/core';
import { createServiceApp, listenUntilSignalled, requiredEnv, runService, ServiceHost } from '@kongthun/service-host';
import { Breakers } from '@kongthun/breakers';
import {
  AUDIT_CONSUMER_GROUP,
  breakerGuardedSource,
  AuditJobs,
  AuditModule,
  AUDITED_TOPICS,
  moneyGroupOf,
  SourceStore,
  startAuditConsumer,
} from '@kongthun/audit-service';
import { AuditLedgerStore, loadOrCreateSigningKey } from '@kongthun/audit-store';
import { PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthModule, oidcOptionsFromEnv, RefusalExceptionFilter } from '@kongthun/http';
import { KafkaMessageBus, MessagingHealthModule } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC } from '@kongthun/money-contract';

const SERVICE: ServiceHost = {
  service: 'audit',
  openApi: { title: 'Kongthun audit service', description: 'The independent audit ledger (บัญชีตรวจสอบ)' },
  defaultPort: 3002,
};
const milliseconds = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

const main = async () => {
  const sql = new PgSqlClient({ connectionString: requiredEnv('DATABASE_URL'), max: 10 });
  const ledger = await AuditLedgerStore.open(sql, {
    schema: process.env.KONGTHUN_AUDIT_LEDGER_SCHEMA ?? 'kongthun_audit',
    origin: process.env.KONGTHUN_AUDIT_ORIGIN ?? 'kongthun.audit',
  });
  const store = await SqlEventStore.open(sql, { schema: process.env.KONGTHUN_AUDIT_SCHEMA ?? 'audit' });
  // One breaker per dependency (each consumer's connection, each source store), all on /health.
  const breakers = new Breakers();
  const sources: SourceStore[] = [];
  let welfareSource: SqlEventStore | undefined;
  if (process.env.WELFARE_SOURCE_DATABASE_URL) {
    welfareSource = await SqlEventStore.open(new PgSqlClient({ connectionString: process.env.WELFARE_SOURCE_DATABASE_URL, max: 2 }), {
      schema: 'welfare',
    });
    sources.push(breakerGuardedSource({ context: 'welfare', readStream: (streamId) => welfareSource!.readStream(streamId) }, breakers));
  }
  const bus = new KafkaMessageBus({ brokers: requiredEnv('KAFKA_BROKERS').split(','), clientId: 'audit', breakers });

  @Module({
    imports: [
      ObservabilityModule.forRoot(observabilityFromEnv('audit', process.env)),
      AuthModule.forRoot({ secret: requiredEnv('KONGTHUN_JWT_SECRET'), oidc: oidcOptionsFromEnv(process.env) }),
      MessagingHealthModule.forPublishers([], breakers),
      AuditModule.register({
        ledger,
        store,
        sources,
        signingKey: await loadOrCreateSigningKey(process.env.KONGTHUN_AUDIT_KEY_FILE ?? 'data/audit-signing-key.pem'),
        signEveryMs: milliseconds('AUDIT_SIGN_EVERY_MS', 10_000),
        checkEveryMs: milliseconds('AUDIT_CHECK_EVERY_MS', 60_000),
        // Thresholds from KONGTHUN_RED_FLAGS_FILE (e.g. config/red-flags.json) and KONGTHUN_RED_FLAGS over it.
        redFlags: redFlagConfigFromEnv(process.env, (path) => readFileSync(path, 'utf8')),
      }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class AuditApp {}

  const app = await createServiceApp(AuditApp, SERVICE);
  const topics = process.env.KONGTHUN_AUDIT_TOPICS?.split(',') ?? AUDITED_TOPICS;
  const group = process.env.KONGTHUN_AUDIT_GROUP ?? AUDIT_CONSUMER_GROUP;
  const consumer = await startAuditConsumer(
    bus,
    ledger,
    app.get(AuditJobs),
    topics,
    group,
    process.env.KONGTHUN_AUDIT_MONEY_GROUP ?? moneyGroupOf(group),
  );
  // The consumer's handlers use the app's jobs: it stops first.
  await listenUntilSignalled(
    app,
    SERVICE,
    [
      () => consumer.stop(),
      () => app.close(),
      () => bus.close(),
      () => welfareSource?.close(),
      () => store.close(),
      () => breakers.shutdown(),
    ],
    `, following ${topics.join(', ')} and ${MONEY_CONTRACT_TOPIC}`,
  );
};

runService(main);
