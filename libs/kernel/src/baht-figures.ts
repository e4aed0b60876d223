import { DomainError } from './domain-error';
import { toArabicDigits } from './thai-digits';

/**
 * An amount written in figures (จำนวนเงินเป็นตัวเลข), e.g. `6,749,210.00 บาท`.
 *
 * Accepted: optional leading `-`, optional `฿` before or `บาท` after the number, Thai or Arabic
 * digits, either no thousands separators or correct groups of three, and at most two decimals.
 * Everything else is refused rather than guessed, because a figure that has to be guessed at is
 * exactly what an auditor needs to see.
 */
const FIGURES = /^(-)?(?:฿\s*)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?(?:\s*บาท)?$/;

const SATANG_PER_BAHT = 100n;

/** Reads figures into integer satang (สตางค์). */
export const readBahtFigures = (text: string): bigint => {
  const trimmed = toArabicDigits(text).trim();
  if (trimmed === '') {
    throw new DomainError('money.empty', 'No amount was given', { messageTh: 'ไม่ได้ระบุจำนวนเงิน' });
  }
  const match = FIGURES.exec(trimmed);
  if (match === null) throw malformed(text);
  const [, minus, whole, fraction] = match;
  // Leading zeros ("007") are how misread or padded figures look; a real amount never has them.
  if (whole.length > 1 && whole.startsWith('0')) throw malformed(text);
  if (fraction !== undefined && fraction.length > 2) {
    throw new DomainError('money.fractional-satang', 'An amount has at most two decimals (satang)', {
      messageTh: 'จำนวนเงินมีทศนิยมได้ไม่เกินสองตำแหน่ง (สตางค์)',
      details: { input: text },
    });
  }
  const satang = BigInt(whole.replace(/,/g, '')) * SATANG_PER_BAHT + BigInt((fraction ?? '').padEnd(2, '0'));
  return minus === undefined ? satang : -satang;
};

/** Writes satang as `1234.50`, or with `grouped` as `1,234.50`. */
export const writeBahtFigures = (satang: bigint, grouped: boolean): string => {
  const magnitude = satang < 0n ? -satang : satang;
  const whole = (magnitude / SATANG_PER_BAHT).toString();
  const fraction = (magnitude % SATANG_PER_BAHT).toString().padStart(2, '0');
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole;
  return `${satang < 0n ? '-' : ''}${wholeText}.${fraction}`;
};

const malformed = (input: string): DomainError =>
  new DomainError('money.malformed', `"${input}" is not an amount in baht`, {
    messageTh: `"${input}" ไม่ใช่จำนวนเงินบาทที่ถูกต้อง`,
    details: { input },
  });
