import { WrappedDataKey } from '@kongthun/kernel';

/** A household's personal data at rest: ciphertext under its own data key, that key wrapped by the master key. */
export interface SealedHousehold {
  declarationId: string;
  householdId: string;
  /** AES-256-GCM of the JSON, bound to the household's subject: `v1.<iv>.<ciphertext>.<tag>`. */
  sealed: string;
  dataKey: WrappedDataKey;
}

/** Port of the encrypted store: it sees only ciphertext and wrapped keys (encryption is the vault's). */
export interface HouseholdPersonalDataStore {
  /** Many at once (a bucket of a CSV import); a household registered again replaces nothing: the first stays. */
  putMany(records: readonly SealedHousehold[], createdAt: Date): Promise<void>;
  get(declarationId: string, householdId: string): Promise<SealedHousehold | undefined>;
}

export class InMemoryHouseholdPersonalDataStore implements HouseholdPersonalDataStore {
  private readonly records = new Map<string, SealedHousehold>();

  async putMany(records: readonly SealedHousehold[]): Promise<void> {
    for (const record of records) {
      const key = `${record.declarationId}/${record.householdId}`;
      if (!this.records.has(key)) this.records.set(key, structuredClone(record));
    }
  }

  async get(declarationId: string, householdId: string): Promise<SealedHousehold | undefined> {
    const record = this.records.get(`${declarationId}/${householdId}`);
    return record && structuredClone(record);
  }

  /** How many records are kept: a refused registration must add none. */
  get size(): number {
    return this.records.size;
  }
}
