import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { MasterKey, openAesGcm, sealAesGcm } from '@kongthun/kernel';
import { PersonalData, PersonalDataOwner } from './personal-data';
import { PersonalDataStore } from './personal-data-store';

export type PersonalDataReading =
  { status: 'present'; owner: PersonalDataOwner; data: PersonalData } | { status: 'erased'; erasedAt: string } | { status: 'not-found' };

/**
 * Envelope encryption of personal data (PDPA): each record is encrypted with its own random
 * 256-bit data key (AES-256-GCM), and that key is stored wrapped by the master key. Erasing a
 * person deletes their data key only: the event log is never touched, and every copy of the
 * ciphertext, backups included, becomes unreadable (crypto-shredding).
 */
export class PersonalDataVault {
  constructor(
    private readonly store: PersonalDataStore,
    private readonly masterKey: MasterKey,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new reference; opaque, so it says nothing about the person. */
  static newRef(): string {
    return `pd-${uuidv7()}`;
  }

  async keep(owner: PersonalDataOwner, data: PersonalData): Promise<void> {
    const dataKey = randomBytes(32);
    try {
      const sealed = sealAesGcm(dataKey, Buffer.from(JSON.stringify(data), 'utf8'), bindingOf(owner.ref));
      await this.store.put({ ...owner, sealed, dataKey: this.masterKey.wrap(dataKey, owner.ref) }, this.now());
    } finally {
      dataKey.fill(0);
    }
  }

  async read(ref: string): Promise<PersonalDataReading> {
    const stored = await this.store.get(ref);
    if (stored === undefined) return { status: 'not-found' };
    if (stored.status === 'erased') return { status: 'erased', erasedAt: stored.erasedAt };
    const { sealed, dataKey: wrapped, ...owner } = stored.record;
    const dataKey = this.masterKey.unwrap(wrapped, ref);
    try {
      return { status: 'present', owner, data: JSON.parse(openAesGcm(dataKey, sealed, bindingOf(ref)).toString('utf8')) as PersonalData };
    } finally {
      dataKey.fill(0);
    }
  }

  /**
   * Deletes the data key. Only the record stored for this fund and member is shredded: a reference
   * given by a caller before this store existed may point anywhere, and is then "not found".
   */
  async shred(owner: PersonalDataOwner, erasedBy: string): Promise<'shredded' | 'already-erased' | 'not-found'> {
    const stored = await this.store.get(owner.ref);
    const holder = stored?.status === 'present' ? stored.record : stored;
    if (holder === undefined || holder.fundId !== owner.fundId || holder.memberId !== owner.memberId) return 'not-found';
    return this.store.shred(owner.ref, { erasedAt: this.now().toISOString(), erasedBy });
  }

  discard(ref: string): Promise<void> {
    return this.store.discard(ref);
  }
}

const bindingOf = (ref: string): string => `kongthun.personal-data.v1|${ref}`;
