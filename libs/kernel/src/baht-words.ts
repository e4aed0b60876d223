import { bahttext } from 'bahttext';
import { writeBahtFigures } from './baht-figures';
import { DomainError, isDomainError } from './domain-error';
import { readThaiNumberWords } from './thai-number-words';

/**
 * An amount written in Thai words (จำนวนเงินเป็นตัวอักษร), as on cheques, receipts and grant
 * letters: `หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน`.
 *
 * Forms read: `<baht>บาท[ถ้วน|ตรง]`, `<baht>บาท<satang>สตางค์`, `<satang>สตางค์`, each optionally
 * after `ลบ` (minus) and inside one pair of parentheses, with any spacing.
 */
export const readBahtWords = (words: string): bigint => {
  let text = words.replace(/[\s\u200b\u200c\u200d\ufeff]/g, '');
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
  const negative = text.startsWith('ลบ');
  if (negative) text = text.slice('ลบ'.length);

  const exact = /(?:ถ้วน|ตรง)$/.exec(text);
  if (exact !== null) text = text.slice(0, exact.index);

  let bahtWords = '';
  let satangWords = '';
  if (text.endsWith('สตางค์')) {
    if (exact !== null) throw unreadable(words, `${exact[0]} after สตางค์`);
    const parts = text.slice(0, -'สตางค์'.length).split('บาท');
    if (parts.length > 2) throw unreadable(words, 'บาท appears more than once');
    [bahtWords, satangWords] = parts.length === 2 ? parts : ['', parts[0]];
    if (parts.length === 2 && bahtWords === '') throw unreadable(words, 'บาท without a number');
  } else if (text.endsWith('บาท')) {
    bahtWords = text.slice(0, -'บาท'.length);
    if (bahtWords === '') throw unreadable(words, 'บาท without a number');
  } else {
    throw unreadable(words, 'no บาท or สตางค์');
  }

  const baht = bahtWords === '' ? 0n : readNumber(bahtWords, words);
  const satang = readNumber(satangWords === '' ? 'ศูนย์' : satangWords, words);
  if (satang > 99n) throw unreadable(words, 'more than 99 satang');
  const total = baht * 100n + satang;
  return negative ? -total : total;
};

/**
 * bahttext takes its digits from a string, which is exact at any size; as a JS number it gets
 * satang wrong above about 10^14 satang. It also answers "ศูนย์บาทถ้วน" for anything it cannot
 * read, so the bound and the read-back check below turn its silent failures into refusals.
 */
export const MAX_WORDS_SATANG = 10n ** 17n - 1n;

/** Writes satang as Thai words with bahttext, refusing any result that does not read back. */
export const writeBahtWords = (satang: bigint): string => {
  const magnitude = satang < 0n ? -satang : satang;
  if (magnitude > MAX_WORDS_SATANG) {
    throw new DomainError('money.too-large-for-words', 'The amount is too large to write in words', {
      messageTh: 'จำนวนเงินมากเกินกว่าจะเขียนเป็นตัวอักษรได้',
      details: { amount: writeBahtFigures(satang, false) },
    });
  }
  const words = bahttext(writeBahtFigures(satang, false));
  let readBack: bigint | undefined;
  try {
    readBack = readBahtWords(words);
  } catch (error: unknown) {
    if (!isDomainError(error)) throw error;
  }
  if (readBack !== satang) {
    throw new DomainError('money.words-unverified', 'bahttext wrote words that do not read back as the amount', {
      details: { amount: writeBahtFigures(satang, false), words },
    });
  }
  return words;
};

const readNumber = (numberWords: string, words: string): bigint => {
  try {
    return readThaiNumberWords(numberWords);
  } catch (error: unknown) {
    // Report the whole phrase the caller gave, not the fragment the number reader saw.
    if (isDomainError(error) && error.code === 'money.words-unreadable') {
      throw unreadable(words, String(error.details?.reason ?? 'unreadable number'));
    }
    throw error;
  }
};

const unreadable = (words: string, reason: string): DomainError =>
  new DomainError('money.words-unreadable', `Cannot read "${words}" as an amount in Thai words: ${reason}`, {
    messageTh: `อ่านจำนวนเงินตัวอักษร "${words}" ไม่ได้`,
    details: { words, reason },
  });
