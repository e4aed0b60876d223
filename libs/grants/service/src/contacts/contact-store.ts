import { WrappedDataKey } from '@kongthun/kernel';

/** A contact person at rest: ciphertext under its own data key, that key wrapped by the master key. */
export interface SealedContact {
  ref: string;
  organisationId: string;
  /** AES-256-GCM of the JSON, bound to `ref`: `v1.<iv>.<ciphertext>.<tag>` (base64url). */
  sealed: string;
  dataKey: WrappedDataKey;
}

/** Port of the encrypted contact store: it sees only ciphertext and wrapped keys (encryption is the vault's). */
export interface ContactStore {
  /** A ref is stored once. */
  put(record: SealedContact, createdAt: Date): Promise<void>;
  get(ref: string): Promise<SealedContact | undefined>;
  /** Removes a record no event refers to (its organisation's registration was refused). */
  discard(ref: string): Promise<void>;
}

export class InMemoryContactStore implements ContactStore {
  private readonly records = new Map<string, SealedContact>();

  async put(record: SealedContact): Promise<void> {
    if (this.records.has(record.ref)) throw new Error(`Contact ${record.ref} is stored already`);
    this.records.set(record.ref, structuredClone(record));
  }

  async get(ref: string): Promise<SealedContact | undefined> {
    const record = this.records.get(ref);
    return record && structuredClone(record);
  }

  async discard(ref: string): Promise<void> {
    this.records.delete(ref);
  }
}
