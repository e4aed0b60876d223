import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { MasterKey, openAesGcm, sealAesGcm } from '@kongthun/kernel';
import { ContactStore } from './contact-store';

/** A contact person of an organisation (ผู้ประสานงาน): personal data, in clear only in memory. */
export interface ContactDetails {
  /** Full name with title, e.g. `นางสาวสมใจ ใจดี`. */
  name: string;
  phone: string | null;
}

const bindingOf = (ref: string): string => `kongthun.grants-contact.v1|${ref}`;

/**
 * Envelope encryption of contact persons, as welfare's members: each record under its own random
 * 256-bit data key (AES-256-GCM) wrapped by the master key, bound to its ref so a ciphertext moved
 * onto another record fails. Events carry only the ref.
 */
export class ContactVault {
  constructor(
    private readonly store: ContactStore,
    private readonly masterKey: MasterKey,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new reference; opaque, so it says nothing about the person. */
  static newRef(): string {
    return `contact-${uuidv7()}`;
  }

  async keep(ref: string, organisationId: string, details: ContactDetails): Promise<void> {
    const dataKey = randomBytes(32);
    try {
      const sealed = sealAesGcm(dataKey, Buffer.from(JSON.stringify(details), 'utf8'), bindingOf(ref));
      await this.store.put({ ref, organisationId, sealed, dataKey: this.masterKey.wrap(dataKey, ref) }, this.now());
    } finally {
      dataKey.fill(0);
    }
  }

  /** The contact, or undefined when no record of this organisation has the ref (a ref given by the caller). */
  async read(ref: string, organisationId: string): Promise<ContactDetails | undefined> {
    const stored = await this.store.get(ref);
    if (stored === undefined || stored.organisationId !== organisationId) return undefined;
    const dataKey = this.masterKey.unwrap(stored.dataKey, ref);
    try {
      return JSON.parse(openAesGcm(dataKey, stored.sealed, bindingOf(ref)).toString('utf8')) as ContactDetails;
    } finally {
      dataKey.fill(0);
    }
  }

  discard(ref: string): Promise<void> {
    return this.store.discard(ref);
  }
}
