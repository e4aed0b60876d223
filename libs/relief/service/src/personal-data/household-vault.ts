import { randomBytes } from 'node:crypto';
import { MasterKey, openAesGcm, sealAesGcm } from '@kongthun/kernel';
import { HouseholdPersonalData, householdSubject } from './household-personal-data';
import { HouseholdPersonalDataStore, SealedHousehold } from './household-personal-data-store';

export const HOUSEHOLD_VAULT = Symbol('relief.household-vault');

const bindingOf = (subject: string): string => `kongthun.relief-household.v1|${subject}`;

/**
 * Envelope encryption of households' personal data, as welfare's members and grants' contacts:
 * each household under its own random 256-bit data key (AES-256-GCM) wrapped by the master key,
 * bound to its subject so a ciphertext moved onto another household fails. Events carry only refs.
 */
export class HouseholdVault {
  constructor(
    private readonly store: HouseholdPersonalDataStore,
    private readonly masterKey: MasterKey,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Seals every household with its own key and stores them in one write. */
  async keepMany(households: readonly { declarationId: string; householdId: string; data: HouseholdPersonalData }[]): Promise<void> {
    if (households.length === 0) return;
    const records: SealedHousehold[] = households.map(({ declarationId, householdId, data }) => {
      const subject = householdSubject(declarationId, householdId);
      const dataKey = randomBytes(32);
      try {
        const sealed = sealAesGcm(dataKey, Buffer.from(JSON.stringify(data), 'utf8'), bindingOf(subject));
        return { declarationId, householdId, sealed, dataKey: this.masterKey.wrap(dataKey, subject) };
      } finally {
        dataKey.fill(0);
      }
    });
    await this.store.putMany(records, this.now());
  }

  /** The household's people, or undefined when none were kept (registered by reference only). */
  async read(declarationId: string, householdId: string): Promise<HouseholdPersonalData | undefined> {
    const stored = await this.store.get(declarationId, householdId);
    if (stored === undefined) return undefined;
    const subject = householdSubject(declarationId, householdId);
    const dataKey = this.masterKey.unwrap(stored.dataKey, subject);
    try {
      return JSON.parse(openAesGcm(dataKey, stored.sealed, bindingOf(subject)).toString('utf8')) as HouseholdPersonalData;
    } finally {
      dataKey.fill(0);
    }
  }
}
