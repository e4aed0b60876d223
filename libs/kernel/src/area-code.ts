import { DomainError } from './domain-error';
import { toArabicDigits } from './thai-digits';
import { ProvinceName, THAI_PROVINCES } from './thai-provinces';

/**
 * The three administrative levels with DOPA codes (รหัสเขตการปกครอง):
 * province (จังหวัด, 2 digits), district (อำเภอ; เขต in Bangkok, 4) and
 * subdistrict (ตำบล; แขวง in Bangkok, 6). Villages (หมู่ที่) are numbered within a subdistrict
 * and have no code here.
 */
export type AreaLevel = 'province' | 'district' | 'subdistrict';

const LEVEL_BY_LENGTH: Readonly<Record<number, AreaLevel>> = { 2: 'province', 4: 'district', 6: 'subdistrict' };

/**
 * A DOPA area code, e.g. `83` Phuket, `8301` Mueang Phuket, `830101` Talat Yai.
 *
 * The province must be one of the 77 in {@link THAI_PROVINCES}; district and subdistrict parts are
 * checked for shape only (01–99), because no trustworthy list of them ships with the kernel.
 */
export class AreaCode {
  private constructor(
    /** The code's digits, 2, 4 or 6 of them. */
    readonly code: string,
  ) {
    Object.freeze(this);
  }

  /**
   * Refuses with `area.not-digits`, `area.length`, `area.province-out-of-range`,
   * `area.zero-segment` or `area.unknown`.
   */
  static parse(text: string): AreaCode {
    const code = toArabicDigits(text).trim();
    if (!/^\d+$/.test(code)) throw refuse('area.not-digits', `Area code "${text}" must be digits`, text);
    if (LEVEL_BY_LENGTH[code.length] === undefined) {
      throw refuse('area.length', `Area code "${text}" must have 2, 4 or 6 digits`, text);
    }
    const province = Number(code.slice(0, 2));
    if (province < 10 || province > 96) {
      throw refuse('area.province-out-of-range', `Province code ${code.slice(0, 2)} is outside 10–96`, text);
    }
    if (code.length >= 4 && code.slice(2, 4) === '00') {
      throw refuse('area.zero-segment', `Area code "${text}" has district 00`, text);
    }
    if (code.length === 6 && code.slice(4, 6) === '00') {
      throw refuse('area.zero-segment', `Area code "${text}" has subdistrict 00`, text);
    }
    if (!THAI_PROVINCES.has(code.slice(0, 2))) {
      throw refuse('area.unknown', `No province has code ${code.slice(0, 2)}`, text);
    }
    return new AreaCode(code);
  }

  get level(): AreaLevel {
    return LEVEL_BY_LENGTH[this.code.length];
  }

  /** The area one level up; a province has none. */
  parent(): AreaCode | undefined {
    return this.code.length === 2 ? undefined : new AreaCode(this.code.slice(0, this.code.length - 2));
  }

  province(): AreaCode {
    return this.code.length === 2 ? this : new AreaCode(this.code.slice(0, 2));
  }

  provinceName(): ProvinceName {
    // parse() admitted only listed provinces, so the lookup cannot miss.
    return THAI_PROVINCES.get(this.code.slice(0, 2)) as ProvinceName;
  }

  /**
   * True when this area lies inside `other` or is `other`: a subdistrict is within its district,
   * its province and itself. Inclusive, because a relief zone declared for one subdistrict must
   * cover households registered in that same subdistrict.
   */
  isWithin(other: AreaCode): boolean {
    return this.code.startsWith(other.code);
  }

  equals(other: AreaCode): boolean {
    return this.code === other.code;
  }

  toString(): string {
    return this.code;
  }

  toJSON(): string {
    return this.code;
  }
}

const refuse = (code: string, message: string, input: string): DomainError =>
  new DomainError(code, message, { messageTh: `รหัสพื้นที่ "${input}" ไม่ถูกต้อง`, details: { input } });
