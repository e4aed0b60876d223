import { INestApplication, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { generateSigningKeyPem, signingKeyFromPem } from '@kongthun/audit-evidence';
import { AuditJobs, AuditModule, startAuditConsumer } from '@kongthun/audit-service';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { InMemoryEventStore, PgliteSqlClient, RecordedEvent, SqlEventStore } from '@kongthun/event-sourcing';
import { testEvents } from '@kongthun/event-sourcing/testing';
import { AuthenticatedActor, AuthModule, RefusalExceptionFilter, TokenIssuer } from '@kongthun/http';
import { Consumer, envelopeToJson, InProcessMessageBus } from '@kongthun/messaging';
import { MoneyMessage, moneyBusMessage } from '@kongthun/money-contract';

export const AUDITORS: Record<string, AuthenticatedActor> = {
  admin: { userId: 'admin', role: 'admin', scope: {} },
  national: { userId: 'auditor-oag', role: 'auditor', scope: { national: true } },
  saraburi: { userId: 'auditor-saraburi', role: 'auditor', scope: { areas: ['19'] } },
  phuket: { userId: 'auditor-phuket', role: 'auditor', scope: { province: '83' } },
  phuketDistrict: { userId: 'auditor-mueang-phuket', role: 'auditor', scope: { areas: ['8301'] } },
  treasurer: { userId: 'malee', role: 'treasurer', scope: { funds: ['talat-yai'] } },
};

/**
 * The audit module alone on PGlite, as a host runs it: the ledger and the money log fed from an
 * in-process bus by the audit consumer, tokens for auditors of several scopes. No programme's code:
 * source events are generic envelopes, money arrives as the contract's messages.
 */
export const startScopedAudit = async () => {
  const sql = await PgliteSqlClient.open('memory://');
  const ledger = await AuditLedgerStore.open(sql);
  const store = await SqlEventStore.open(sql, { schema: 'audit' });
  const bus = new InProcessMessageBus({ backoffScale: 0.01 });
  @Module({
    imports: [
      AuthModule.forRoot({ secret: 'scoped-audit-secret-scoped-audit-secret' }),
      AuditModule.register({
        ledger,
        store,
        sources: [],
        signingKey: signingKeyFromPem(generateSigningKeyPem().privateKeyPem),
        signEveryMs: 0,
        checkEveryMs: 0,
      }),
    ],
    providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }],
  })
  class ScopedAuditApp {}
  const app: INestApplication = (await Test.createTestingModule({ imports: [ScopedAuditApp] }).compile()).createNestApplication({
    logger: false,
  });
  await app.init();
  const consumer: Consumer = await startAuditConsumer(bus, ledger, app.get(AuditJobs), [
    'kongthun.welfare.events',
    'kongthun.grants.events',
  ]);

  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(AUDITORS)) tokens[name] = `Bearer ${await app.get(TokenIssuer).issue(actor)}`;
  const get = (path: string, as: string) => request(app.getHttpServer()).get(path).set('authorization', tokens[as]);
  const post = (path: string, as: string, body: object = {}) =>
    request(app.getHttpServer()).post(path).set('authorization', tokens[as]).send(body);

  /** A programme's source stream of `count` events, published on its context topic as its publisher would. */
  const sources = new InMemoryEventStore();
  const publishStream = async (context: string, streamId: string, count: number): Promise<RecordedEvent[]> => {
    await sources.appendToStream(
      streamId,
      testEvents(count).map((event) => ({ ...event, type: `${context}.thing.happened` })),
      'no-stream',
    );
    const events = await sources.readStream(streamId);
    await bus.publish(
      events.map((event) => ({
        topic: `kongthun.${context}.events`,
        key: streamId,
        value: JSON.stringify(envelopeToJson(event)),
        headers: {},
      })),
    );
    return events;
  };
  const publishMoney = (messages: readonly MoneyMessage[]) =>
    bus.publish(messages.map((message) => moneyBusMessage(message, '/test/producer')));
  const publishRaw = (value: string) => bus.publish([{ topic: 'kongthun.money.events', key: 'raw', value, headers: {} }]);

  /** Waits until the ledger and the money log hold at least these many. */
  const caughtUp = async (leaves: number, messages: number) => {
    const moneyLog = await ledger.moneyLog();
    const deadline = Date.now() + 10_000;
    while ((await ledger.size()) < leaves || (await moneyLog.size()) < messages) {
      if (Date.now() > deadline)
        throw new Error(`behind: ${await ledger.size()}/${leaves} leaves, ${await moneyLog.size()}/${messages} messages`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  const close = async () => {
    await consumer.stop();
    await bus.close();
    await app.close();
    await sql.close();
  };
  return { app, bus, ledger, jobs: app.get(AuditJobs), get, post, publishStream, publishMoney, publishRaw, caughtUp, close };
};
