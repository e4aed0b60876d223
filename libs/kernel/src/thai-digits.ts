/**
 * Thai numerals (เลขไทย ๐–๙).
 *
 * Official letters (หนังสือราชการ) are typed with Thai numerals, so amounts, IDs and area codes
 * copied from them arrive that way; reading them as Arabic digits is the only conversion needed.
 */
const THAI_ZERO = 0x0e50;

/** Replaces each Thai numeral with its Arabic digit and leaves every other character alone. */
export const toArabicDigits = (text: string): string => text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));

/** Replaces each Arabic digit with its Thai numeral, for documents that must use them. */
export const toThaiDigits = (text: string): string => text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
