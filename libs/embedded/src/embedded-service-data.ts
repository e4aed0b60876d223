import { randomBytes } from 'node:crypto';
import { EventStore, InMemoryEventStore, SqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { IdempotencyStore, InMemoryIdempotencyStore, SqlIdempotencyStore } from '@kongthun/http';
import { InMemoryPersonalDataStore, PersonalDataStore, SqlPersonalDataStore } from '@kongthun/welfare-service';
import {
  AccountStore,
  InMemoryAccountStore,
  InMemoryPersonalDataAccessLog,
  PersonalDataAccessLog,
  SqlPersonalDataAccessLog,
  InMemoryRefreshTokenStore,
  RefreshTokenStore,
  SqlAccountStore,
  SqlRefreshTokenStore,
} from '@kongthun/identity-service';

/** The schema of identity's event store in the embedded database (`kongthun users` opens it too). */
export const IDENTITY_SCHEMA = 'identity';
import {
  HouseholdPersonalDataStore,
  InMemoryHouseholdPersonalDataStore,
  InMemoryPayeeDirectory,
  PayeeDirectory,
  SqlHouseholdPersonalDataStore,
  SqlPayeeDirectory,
} from '@kongthun/relief-service';
import { ContactStore, InMemoryContactStore, SqlContactStore } from '@kongthun/grants-service';

/** Where the embedded host keeps what is not an event: idempotency records and encrypted personal data. */
export interface EmbeddedServiceDataOptions {
  /** The embedded PGlite (or any SQL client); its own tables, beside the event store's. */
  sql: SqlClient;
  /** Master key for members' data keys (`EmbeddedConfig.personalDataKey`). */
  personalDataKey: string;
}

export interface EmbeddedServiceData {
  idempotency: IdempotencyStore;
  personalData: PersonalDataStore;
  personalDataKey: string;
  /** Identity's own streams (users), in schema `identity`: not the programmes' log, which the auditor copies. */
  identityStore: EventStore;
  /** Password hashes and display names, and refresh tokens: what a user's stream must not hold. */
  accounts: AccountStore;
  refreshTokens: RefreshTokenStore;
  /** Who read whose personal data, when and why (PDPA): append-only. */
  accessLog: PersonalDataAccessLog;
  /** Relief payees' clear accounts for bank files, encrypted. */
  payees: PayeeDirectory;
  /** Grants organisations' contact persons, encrypted under the same master key as members. */
  grantsContacts: ContactStore;
  /** Relief households' heads and members, encrypted under the same master key. */
  reliefHouseholds: HouseholdPersonalDataStore;
}

/**
 * SQL stores when a database is given (`npm start`), otherwise in-memory ones under a throwaway
 * key: for tests that only look at events, where nothing has to survive the process.
 */
export const openServiceData = async (options: EmbeddedServiceDataOptions | undefined): Promise<EmbeddedServiceData> => {
  if (options === undefined) {
    return {
      idempotency: new InMemoryIdempotencyStore(),
      personalData: new InMemoryPersonalDataStore(),
      personalDataKey: randomBytes(32).toString('hex'),
      identityStore: new InMemoryEventStore(),
      accounts: new InMemoryAccountStore(),
      refreshTokens: new InMemoryRefreshTokenStore(),
      accessLog: new InMemoryPersonalDataAccessLog(),
      payees: new InMemoryPayeeDirectory(),
      grantsContacts: new InMemoryContactStore(),
      reliefHouseholds: new InMemoryHouseholdPersonalDataStore(),
    };
  }
  return {
    idempotency: await SqlIdempotencyStore.open(options.sql),
    personalData: await SqlPersonalDataStore.open(options.sql),
    personalDataKey: options.personalDataKey,
    identityStore: await SqlEventStore.open(options.sql, { schema: IDENTITY_SCHEMA }),
    accounts: await SqlAccountStore.open(options.sql),
    refreshTokens: await SqlRefreshTokenStore.open(options.sql),
    accessLog: await SqlPersonalDataAccessLog.open(options.sql),
    payees: await SqlPayeeDirectory.open(options.sql, options.personalDataKey),
    grantsContacts: await SqlContactStore.open(options.sql),
    reliefHouseholds: await SqlHouseholdPersonalDataStore.open(options.sql),
  };
};
