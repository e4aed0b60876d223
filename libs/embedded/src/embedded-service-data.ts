import { randomBytes } from 'node:crypto';
import { SqlClient } from '@kongthun/event-sourcing';
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
  /** Password hashes and display names, and refresh tokens: what a user's stream must not hold. */
  accounts: AccountStore;
  refreshTokens: RefreshTokenStore;
  /** Who read whose personal data, when and why (PDPA): append-only. */
  accessLog: PersonalDataAccessLog;
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
      accounts: new InMemoryAccountStore(),
      refreshTokens: new InMemoryRefreshTokenStore(),
      accessLog: new InMemoryPersonalDataAccessLog(),
    };
  }
  return {
    idempotency: await SqlIdempotencyStore.open(options.sql),
    personalData: await SqlPersonalDataStore.open(options.sql),
    personalDataKey: options.personalDataKey,
    accounts: await SqlAccountStore.open(options.sql),
    refreshTokens: await SqlRefreshTokenStore.open(options.sql),
    accessLog: await SqlPersonalDataAccessLog.open(options.sql),
  };
};
