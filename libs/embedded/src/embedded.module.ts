import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule, AuditModuleOptions } from '@kongthun/audit-service';
import { APP_FILTER } from '@nestjs/core';
import { EventStore } from '@kongthun/event-sourcing';
import { AuthModule, IdempotencyStore, OidcOptions, RefusalExceptionFilter } from '@kongthun/http';
import type { PersonalDataStore } from '@kongthun/welfare-service';
import { EventLogPublisher, MessagingHealthModule } from '@kongthun/messaging';
import { ObservabilityModule, ObservabilityOptions } from '@kongthun/observability';
import { FinanceModule, FinanceModuleOptions } from '@kongthun/finance-service';
import { lapseScheduleProvider, WelfareModule, WelfareQueriesModule } from '@kongthun/welfare-service';
import { ContactStore, ContactVault, GrantsModule } from '@kongthun/grants-service';
import { MasterKey } from '@kongthun/kernel';
import {
  AccountStore,
  IdentityModule,
  PersonalDataAccessLog,
  PersonalDataAccessModule,
  RefreshTokenStore,
  SessionOptions,
} from '@kongthun/identity-service';
import { HouseholdPersonalDataStore, HouseholdVault, PayeeDirectory, ReliefModule } from '@kongthun/relief-service';

export interface EmbeddedModuleOptions {
  store: EventStore;
  publishers: EventLogPublisher[];
  jwtSecret: string;
  citizenIdKey: string;
  idempotency: IdempotencyStore;
  personalData: PersonalDataStore;
  personalDataKey: string;
  identityStore: EventStore;
  accounts: AccountStore;
  refreshTokens: RefreshTokenStore;
  accessLog: PersonalDataAccessLog;
  /** Also accept tokens from this OpenID Connect provider. */
  oidc?: OidcOptions;
  /** Token lifetimes (15 min access, 7 days refresh when absent). */
  sessions?: SessionOptions;
  payees: PayeeDirectory;
  grantsContacts: ContactStore;
  reliefHouseholds: HouseholdPersonalDataStore;
  /** The audit service, when the host runs it (`npm start` does; welfare-only tests need not). */
  audit?: AuditModuleOptions;
  /** Milliseconds between runs of the lapse job (hourly when absent); 0 turns it off. */
  lapseIntervalMs?: number;
  /** JSON logs (pino) and /metrics; the embedded host's defaults when absent. */
  observability?: ObservabilityOptions;
  /** Provincial finance (`openEmbeddedFinance`), when the host runs it. */
  finance?: FinanceModuleOptions;
}

/** Every service module built so far, in one process, on one embedded event store. */
@Module({})
export class EmbeddedModule {
  static register(options: EmbeddedModuleOptions): DynamicModule {
    return {
      module: EmbeddedModule,
      imports: [
        ObservabilityModule.forRoot(options.observability ?? { service: 'embedded' }),
        AuthModule.forRoot({ secret: options.jwtSecret, oidc: options.oidc }),
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
        // Grants: the same store; its views in memory, following the log like welfare's.
        GrantsModule.followingEventLog({
          store: options.store,
          hashKey: options.citizenIdKey,
          idempotency: options.idempotency,
          contacts: new ContactVault(options.grantsContacts, MasterKey.fromSecret(options.personalDataKey)),
        }),
        PersonalDataAccessModule.register(options.accessLog),
        IdentityModule.register({
          store: options.identityStore,
          fundEvents: options.store,
          accounts: options.accounts,
          refreshTokens: options.refreshTokens,
          sessions: options.sessions,
        }),
        // Relief: the same store; its views in memory, following the log like welfare's.
        ReliefModule.followingEventLog({
          store: options.store,
          hashKey: options.citizenIdKey,
          payees: options.payees,
          households: new HouseholdVault(options.reliefHouseholds, MasterKey.fromSecret(options.personalDataKey)),
        }),
        ...(options.audit ? [AuditModule.register(options.audit)] : []),
        ...(options.finance ? [FinanceModule.register(options.finance)] : []),
      ],
      providers: [{ provide: APP_FILTER, useClass: RefusalExceptionFilter }, lapseScheduleProvider(options.lapseIntervalMs)],
    };
  }
}
