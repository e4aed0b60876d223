import { Erasure, SealedPersonalData, StoredPersonalData } from './personal-data';
import { PersonalDataStore } from './personal-data-store';

/** For unit tests and a host without a data folder: gone when the process ends. */
export class InMemoryPersonalDataStore implements PersonalDataStore {
  private readonly records = new Map<string, StoredPersonalData>();

  async put(record: SealedPersonalData, _createdAt?: Date): Promise<void> {
    if (this.records.has(record.ref)) throw new Error(`Personal data ${record.ref} is already stored`);
    this.records.set(record.ref, { status: 'present', record: structuredClone(record) });
  }

  async get(ref: string): Promise<StoredPersonalData | undefined> {
    const stored = this.records.get(ref);
    return stored === undefined ? undefined : structuredClone(stored);
  }

  async shred(ref: string, erasure: Erasure): Promise<'shredded' | 'already-erased' | 'not-found'> {
    const stored = this.records.get(ref);
    if (stored === undefined) return 'not-found';
    if (stored.status === 'erased') return 'already-erased';
    const { fundId, memberId } = stored.record;
    this.records.set(ref, { status: 'erased', ref, fundId, memberId, ...erasure });
    return 'shredded';
  }

  async discard(ref: string): Promise<void> {
    this.records.delete(ref);
  }
}
