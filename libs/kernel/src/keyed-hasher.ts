import { createHmac } from 'node:crypto';
import { DomainError } from './domain-error';
import { toArabicDigits } from './thai-digits';
import { ThaiCitizenId } from './thai-citizen-id';

const MIN_KEY_BYTES = 16;

/**
 * The one keyed hash every programme uses for people and payee accounts, so that the same person
 * or account matches across welfare, grants and relief without anyone storing the digits.
 *
 * `keyId` names the key in every published message (a fingerprint, never the key): a consumer can
 * tell that two hashes are comparable, and a key rotation shows up as a new id instead of as
 * silent non-matches.
 */
export class KeyedHasher {
  readonly #key: Buffer;
  readonly keyId: string;

  constructor(key: Buffer | string) {
    const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (bytes.length < MIN_KEY_BYTES) {
      throw new DomainError('keyed-hash.key-too-short', `The hashing key needs at least ${MIN_KEY_BYTES} bytes`, {
        messageTh: 'กุญแจสำหรับแฮชสั้นเกินไป',
        details: { minimumBytes: MIN_KEY_BYTES },
      });
    }
    this.#key = bytes;
    this.keyId = `hk-${createHmac('sha256', bytes).update('kongthun.key-id/v1').digest('hex').slice(0, 16)}`;
  }

  /** The same value as {@link ThaiCitizenId.keyedHash} under this key. */
  citizenId(id: ThaiCitizenId): string {
    return id.keyedHash(this.#key);
  }

  /**
   * A bank account number or PromptPay id (phone or citizen ID), reduced to its digits so that
   * `123-4-56789-0` and `1234567890` match. Domain-separated from citizen-ID hashes: a PromptPay
   * id that is a citizen ID still hashes differently as an account.
   */
  account(account: string): string {
    const digits = toArabicDigits(account).replace(/[\s-]/g, '');
    if (!/^\d{6,20}$/.test(digits)) {
      throw new DomainError('payee-account.invalid', 'A payee account or PromptPay id has 6 to 20 digits', {
        messageTh: 'เลขบัญชีหรือพร้อมเพย์ต้องเป็นตัวเลข 6 ถึง 20 หลัก',
      });
    }
    return createHmac('sha256', this.#key).update(`account:${digits}`, 'ascii').digest('hex');
  }

  toJSON(): string {
    return `KeyedHasher(${this.keyId})`;
  }
}
