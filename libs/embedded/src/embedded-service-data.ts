import { randomBytes } from 'node:crypto';
import { SqlClient } from '@kongthun/event-sourcing';
import { IdempotencyStore, InMemoryIdempotencyStore, SqlIdempotencyStore } from '@kongthun/http';
import { InMemoryPersonalDataStore, PersonalDataStore, SqlPersonalDataStore } from '@kongthun/welfare-service';
import { InMemoryPayeeDirectory, PayeeDirectory, SqlPayeeDirectory } from '@kongthun/relief-service';

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
  /** Relief payees' clear accounts for bank files, encrypted. */
  payees: PayeeDirectory;
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
      payees: new InMemoryPayeeDirectory(),
    };
  }
  return {
    idempotency: await SqlIdempotencyStore.open(options.sql),
    personalData: await SqlPersonalDataStore.open(options.sql),
    personalDataKey: options.personalDataKey,
    payees: await SqlPayeeDirectory.open(options.sql, options.personalDataKey),
  };
};
