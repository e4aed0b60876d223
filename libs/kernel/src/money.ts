import { readBahtFigures, writeBahtFigures } from './baht-figures';
import { readBahtWords, writeBahtWords } from './baht-words';
import { DomainError } from './domain-error';

/**
 * An amount of Thai baht (จำนวนเงินบาท), held as whole satang (สตางค์; 100 satang = 1 baht) in a
 * bigint so that sums of millions of contributions never drift.
 *
 * May be negative (a balance, a difference, a reversal); use {@link assertNonNegative} where a
 * rule says it cannot be. JSON carries it as a decimal string with two decimals (`"1234.50"`):
 * bigint does not serialise, and a JSON number would invite floating point at the other end.
 */
export class Money {
  static readonly zero = new Money(0n);

  private constructor(
    /** The amount in satang. */
    readonly satang: bigint,
  ) {
    Object.freeze(this);
  }

  /** From satang; a number must be a safe integer, because anything else has already lost precision. */
  static ofSatang(satang: bigint | number): Money {
    return new Money(toBigInt(satang, 'satang'));
  }

  /** From whole baht, e.g. a rate written in a regulation (`Money.ofBaht(49_500)`). */
  static ofBaht(baht: bigint | number): Money {
    return new Money(toBigInt(baht, 'baht') * 100n);
  }

  /** From figures as people write them: `1,234.50`, `1234.5`, `฿1,234.50`, `380,000 บาท`, `๑๒๓`. */
  static parse(figures: string): Money {
    return new Money(readBahtFigures(figures));
  }

  /** From the JSON form only (`"1234.50"`); stored data in any other shape is corrupt, not input. */
  static fromJSON(json: string): Money {
    if (typeof json !== 'string' || !/^-?(?:0|[1-9]\d*)\.\d{2}$/.test(json)) {
      throw new DomainError('money.malformed', `"${String(json)}" is not a stored amount like "1234.50"`, {
        details: { input: String(json) },
      });
    }
    return new Money(readBahtFigures(json));
  }

  /** From Thai words (`สามล้านแปดแสนบาทถ้วน`); refuses with `money.words-unreadable`. */
  static fromThaiWords(words: string): Money {
    return new Money(readBahtWords(words));
  }

  static sum(amounts: Iterable<Money>): Money {
    let total = 0n;
    for (const amount of amounts) total += amount.satang;
    return new Money(total);
  }

  /** Orders ascending; fits `Array.prototype.sort`. */
  static compare(a: Money, b: Money): -1 | 0 | 1 {
    return a.satang < b.satang ? -1 : a.satang > b.satang ? 1 : 0;
  }

  plus(other: Money): Money {
    return new Money(this.satang + other.satang);
  }

  minus(other: Money): Money {
    return new Money(this.satang - other.satang);
  }

  /** By a whole count (30 baht × 12 months); fractions need a rounding rule, which is a policy. */
  times(count: bigint | number): Money {
    return new Money(this.satang * toBigInt(count, 'count'));
  }

  negated(): Money {
    return new Money(-this.satang);
  }

  compareTo(other: Money): -1 | 0 | 1 {
    return Money.compare(this, other);
  }

  equals(other: Money): boolean {
    return this.satang === other.satang;
  }

  isZero(): boolean {
    return this.satang === 0n;
  }

  isNegative(): boolean {
    return this.satang < 0n;
  }

  isGreaterThan(other: Money): boolean {
    return this.satang > other.satang;
  }

  isLessThan(other: Money): boolean {
    return this.satang < other.satang;
  }

  /** For people: `1,234.50` (append ` บาท` where the unit is not shown elsewhere). */
  format(): string {
    return writeBahtFigures(this.satang, true);
  }

  /** For machines: `1234.50`. */
  toDecimalString(): string {
    return writeBahtFigures(this.satang, false);
  }

  toJSON(): string {
    return this.toDecimalString();
  }

  toString(): string {
    return this.toDecimalString();
  }

  /** Thai words as bahttext writes them: `หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์`. */
  toThaiWords(): string {
    return writeBahtWords(this.satang);
  }
}

/** Refuses a negative amount with `money.negative`; returns the amount so it can be used inline. */
export const assertNonNegative = (amount: Money, what = 'Amount'): Money => {
  if (amount.isNegative()) {
    throw new DomainError('money.negative', `${what} must not be negative`, {
      messageTh: 'จำนวนเงินต้องไม่ติดลบ',
      details: { amount: amount.toDecimalString() },
    });
  }
  return amount;
};

const toBigInt = (value: bigint | number, what: string): bigint => {
  if (typeof value === 'bigint') return value;
  if (!Number.isInteger(value)) {
    throw new DomainError('money.not-integer', `${what} must be a whole number, got ${value}`, {
      details: { [what]: String(value) },
    });
  }
  if (!Number.isSafeInteger(value)) {
    throw new DomainError('money.unsafe-integer', `${what} ${value} is beyond exact JS integers; pass a bigint`, {
      details: { [what]: String(value) },
    });
  }
  return BigInt(value);
};
