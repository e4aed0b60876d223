import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { DomainError } from './domain-error';
import { toArabicDigits } from './thai-digits';

/**
 * Thai citizen identification number (เลขประจำตัวประชาชน): 13 digits, the last a check digit,
 * printed on the card as `1-1017-00230-70-8`.
 *
 * Personal data under the PDPA (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล): `toString`, `toJSON` and
 * `console.log` show only the masked form, so a log line or an API response cannot leak it by
 * accident. Code that truly needs the digits calls {@link ThaiCitizenId.reveal}, which is easy to
 * find in review. The same rule means an ID placed in an event would be stored masked: events
 * carry {@link ThaiCitizenId.keyedHash} for matching and, where the digits must be kept, an
 * encrypted `reveal()` under the person's own key so a PDPA erasure can shred it.
 */
export class ThaiCitizenId {
  readonly #digits: string;

  private constructor(digits: string) {
    this.#digits = digits;
    Object.freeze(this);
  }

  /**
   * Accepts the digits with or without the card's dashes or spaces, in Arabic or Thai numerals.
   * Refuses with `citizen-id.not-digits`, `citizen-id.length`, `citizen-id.leading-zero` or
   * `citizen-id.check-digit`.
   */
  static parse(text: string): ThaiCitizenId {
    const digits = toArabicDigits(text).replace(/[\s-]/g, '');
    // The input is never echoed into messages or details: a refused ID is still someone's ID.
    if (!/^\d*$/.test(digits)) {
      throw refuse('citizen-id.not-digits', 'A citizen ID has only digits', 'เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น');
    }
    if (digits.length !== 13) {
      throw refuse('citizen-id.length', `A citizen ID has 13 digits, got ${digits.length}`, 'เลขประจำตัวประชาชนต้องมี 13 หลัก', {
        length: digits.length,
      });
    }
    // The first digit is the person category (1–8, 9 reserved). DOPA also issues 0-prefixed
    // numbers to people without registration status (บุคคลที่ไม่มีสถานะทางทะเบียน), who are
    // real relief claimants: they get their own code so a caller can decide, and a later
    // decision to accept them changes this one rule only.
    if (digits.startsWith('0')) {
      throw refuse('citizen-id.leading-zero', 'A citizen ID does not start with 0', 'เลขประจำตัวประชาชนต้องไม่ขึ้นต้นด้วย 0');
    }
    if (checkDigitOf(digits) !== Number(digits[12])) {
      throw refuse(
        'citizen-id.check-digit',
        'The check digit does not match; a digit is probably mistyped',
        'เลขตรวจสอบไม่ถูกต้อง อาจพิมพ์ตัวเลขผิด',
      );
    }
    return new ThaiCitizenId(digits);
  }

  /** The 13 digits. Every call site is a place personal data leaves this object: keep them few. */
  reveal(options: { grouped?: boolean } = {}): string {
    const d = this.#digits;
    return options.grouped ? `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 10)}-${d.slice(10, 12)}-${d[12]}` : d;
  }

  /**
   * `1-xxxx-xxxxx-xx-8`: the card's grouping with only the category and check digits shown.
   * The office code (digits 2–5) stays hidden because it places the person in a district, which
   * with a name is often enough to re-identify someone.
   */
  masked(): string {
    return `${this.#digits[0]}-xxxx-xxxxx-xx-${this.#digits[12]}`;
  }

  /**
   * HMAC-SHA256 of the digits, as lower-case hex, for matching the same person across records
   * without storing the ID (duplicate and ghost beneficiary checks).
   *
   * Never a plain hash: there are only about 10^12 valid IDs, so anyone holding a SHA-256 of one
   * can find it by trying them all in hours. Without the key that search is impossible. The key
   * must be at least 16 bytes, and the same key gives the same hash, so rotating it means
   * re-hashing everything stored.
   */
  keyedHash(key: Buffer | string): string {
    const keyBytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
    if (keyBytes.length < MIN_KEY_BYTES) {
      throw refuse(
        'citizen-id.hash-key-too-short',
        `The hashing key needs at least ${MIN_KEY_BYTES} bytes`,
        'กุญแจสำหรับแฮชเลขประจำตัวประชาชนสั้นเกินไป',
        { minimumBytes: MIN_KEY_BYTES },
      );
    }
    return createHmac('sha256', keyBytes).update(this.#digits, 'ascii').digest('hex');
  }

  equals(other: ThaiCitizenId): boolean {
    return this.#digits === other.#digits;
  }

  toString(): string {
    return this.masked();
  }

  toJSON(): string {
    return this.masked();
  }

  [inspect.custom](): string {
    return `ThaiCitizenId(${this.masked()})`;
  }
}

const MIN_KEY_BYTES = 16;

/** check = (11 − Σ d_i × (14 − i) mod 11) mod 10, over the first twelve digits (i = 1..12). */
const checkDigitOf = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
};

const refuse = (code: string, message: string, messageTh: string, details?: Record<string, unknown>) =>
  new DomainError(code, message, details === undefined ? { messageTh } : { messageTh, details });
