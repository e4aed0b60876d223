import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule, AuditModuleOptions } from '@kongthun/audit-service';
import { APP_FILTER } from '@nestjs/core';
import { EventStore } from '@kongthun/event-sourcing';
import { AuthModule, IdempotencyStore, RefusalExceptionFilter } from '@kongthun/http';
import type { PersonalDataStore } from '@kongthun/welfare-service';
import { EventLogPublisher, MessagingHealthModule } from '@kongthun/messaging';
import { lapseScheduleProvider, WelfareModule, WelfareQueriesModule } from '@kongthun/welfare-service';
import {
  AccountStore,
  IdentityModule,
  PersonalDataAccessLog,
  PersonalDataAccessModule,
  RefreshTokenStore,
  SessionOptions,
} from '@kongthun/identity-service';

export interface EmbeddedModuleOptions {
  store: EventStore;
  publishers: EventLogPublisher[];
  jwtSecret: string;
  citizenIdKey: string;
  idempotency: IdempotencyStore;
  personalData: PersonalDataStore;
  personalDataKey: string;
  accounts: AccountStore;
  refreshTokens: RefreshTokenStore;
  accessLog: PersonalDataAccessLog;
  /** Token lifetimes (15 min access, 7 days refresh when absent). */
  sessions?: SessionOptions;
  /** The audit service, when the host runs it (`npm start` does; welfare-only tests need not). */
  audit?: AuditModuleOptions;
  /** Milliseconds between runs of the lapse job (hourly when absent); 0 turns it off. */
  lapseIntervalMs?: number;
}

/** Every service module built so far, in one process, on one embedded event store. */
@Module({})
export class EmbeddedModule {
  static register(options: EmbeddedModuleOptions): DynamicModule {
    return {
      module: EmbeddedModule,
      imports: [
        AuthModule.forRoot({ secret: options.jwtSecret }),
        MessagingHealthModule.forPublishers(options.publishers),
        // Views in memory, rebuilt from the log at start; reads wait for earlier writes.
        WelfareQueriesModule.followingEventLog(options.store),
        WelfareModule.register({
          store: options.store,
          citizenIdKey: options.citizenIdKey,
          idempotency: options.idempotency,
          personalData: options.personalData,
          personalDataKey: options.personalDataKey,
        }),
        PersonalDataAccessModule.register(options.accessLog),
        IdentityModule.register({
          store: options.store,
          accounts: options.accounts,
          refreshTokens: options.refreshTokens,
          sessions: options.sessions,
        }),
        ...(options.audit ? [AuditModule.register(options.audit)] : []),
      ],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }, lapseScheduleProvider(options.lapseIntervalMs)],
    };
  }
}
