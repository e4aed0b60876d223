import { Erasure, SealedPersonalData, StoredPersonalData } from './personal-data';

/**
 * Port of the encrypted personal-data store. It sees only ciphertext and wrapped keys: encryption
 * happens in `PersonalDataVault`, so no adapter can leak clear data.
 */
export interface PersonalDataStore {
  /** Stores the record and its wrapped data key together; a ref is stored once. */
  put(record: SealedPersonalData, createdAt: Date): Promise<void>;
  get(ref: string): Promise<StoredPersonalData | undefined>;
  /**
   * Crypto-shredding: deletes the data key (and the ciphertext, which is useless without it) and
   * leaves a tombstone, so later reads say "erased" rather than "never existed". Idempotent.
   */
  shred(ref: string, erasure: Erasure): Promise<'shredded' | 'already-erased' | 'not-found'>;
  /** Removes every trace of a record that no event refers to (its enrolment was refused). */
  discard(ref: string): Promise<void>;
}
