import { DomainError } from './domain-error';

/**
 * Whole numbers written in Thai words (ตัวเลขเป็นคำอ่าน), e.g. `สามล้านแปดแสน` = 3,800,000.
 *
 * Thai counts in groups of a million: below a million each place has its own word
 * (สิบ ร้อย พัน หมื่น แสน); `ล้าน` closes a group and may repeat (`ล้านล้าน` = 10^12).
 * Ones after a higher place may be `เอ็ด` or `หนึ่ง` (writers and bahttext use both), twenty
 * is `ยี่สิบ`, and a bare `สิบ` is ten. Every other place needs its digit word, because
 * colloquial shortcuts like `แสนห้า` (150,000) cannot be read safely.
 */
type Token =
  { kind: 'digit'; word: string; value: bigint } | { kind: 'place'; word: string; value: bigint } | { kind: 'million'; word: string };

const DIGITS: ReadonlyArray<[string, bigint]> = [
  ['ศูนย์', 0n],
  ['หนึ่ง', 1n],
  ['เอ็ด', 1n],
  ['สอง', 2n],
  ['ยี่', 2n],
  ['สาม', 3n],
  ['สี่', 4n],
  ['ห้า', 5n],
  ['หก', 6n],
  ['เจ็ด', 7n],
  ['แปด', 8n],
  ['เก้า', 9n],
];
const PLACES: ReadonlyArray<[string, bigint]> = [
  ['สิบ', 10n],
  ['ร้อย', 100n],
  ['พัน', 1_000n],
  ['หมื่น', 10_000n],
  ['แสน', 100_000n],
];
const MILLION = 'ล้าน';

/** Reads Thai number words (whitespace already removed) into a non-negative integer. */
export const readThaiNumberWords = (words: string): bigint => {
  const tokens = tokenize(words);
  if (tokens.length === 1 && tokens[0].kind === 'digit' && tokens[0].word === 'ศูนย์') return 0n;
  return readMillions(tokens, words);
};

const tokenize = (words: string): Token[] => {
  const tokens: Token[] = [];
  let rest = words;
  while (rest.length > 0) {
    const token = nextToken(rest);
    if (token === undefined) throw unreadable(words, `unexpected "${rest}"`);
    tokens.push(token);
    rest = rest.slice(token.word.length);
  }
  return tokens;
};

// No word is a prefix of another, so the first match is the only match.
const nextToken = (text: string): Token | undefined => {
  for (const [word, value] of DIGITS) if (text.startsWith(word)) return { kind: 'digit', word, value };
  for (const [word, value] of PLACES) if (text.startsWith(word)) return { kind: 'place', word, value };
  return text.startsWith(MILLION) ? { kind: 'million', word: MILLION } : undefined;
};

// Splitting at the last ล้าน makes the left side a whole number of millions, itself possibly
// holding ล้าน: สองล้านสามแสนล้าน = (2,300,000) × 10^6.
const readMillions = (tokens: readonly Token[], words: string): bigint => {
  const last = tokens.map((token) => token.kind).lastIndexOf('million');
  if (last === -1) return readGroup(tokens, words, false);
  const millions = tokens.slice(0, last);
  if (millions.length === 0) throw unreadable(words, 'ล้าน needs a number before it');
  const rest = tokens.slice(last + 1);
  return readMillions(millions, words) * 1_000_000n + (rest.length === 0 ? 0n : readGroup(rest, words, true));
};

/** One group below a million: places in strictly falling order, then an optional ones digit. */
const readGroup = (tokens: readonly Token[], words: string, followsMillions: boolean): bigint => {
  let total = 0n;
  let lowestPlace = 1_000_000n;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.kind === 'million') throw unreadable(words, 'misplaced ล้าน');
    if (token.kind === 'digit' && token.word === 'ศูนย์') throw unreadable(words, 'ศูนย์ inside a number');
    if (token.kind === 'digit' && next?.kind === 'place') {
      if (token.word === 'เอ็ด') throw unreadable(words, 'เอ็ด before a place');
      if (token.word === 'ยี่' && next.value !== 10n) throw unreadable(words, 'ยี่ is only used in ยี่สิบ');
      lowestPlace = takePlace(next.value, lowestPlace, words);
      total += token.value * next.value;
      index += 2;
    } else if (token.kind === 'place') {
      if (token.value !== 10n) throw unreadable(words, `${token.word} needs a digit before it`);
      lowestPlace = takePlace(token.value, lowestPlace, words);
      total += token.value;
      index += 1;
    } else {
      if (index !== tokens.length - 1) throw unreadable(words, 'a digit without its place');
      if (token.word === 'ยี่') throw unreadable(words, 'ยี่ is only used in ยี่สิบ');
      if (token.word === 'เอ็ด' && index === 0 && !followsMillions) throw unreadable(words, 'เอ็ด needs a higher place before it');
      total += token.value;
      index += 1;
    }
  }
  if (tokens.length === 0) throw unreadable(words, 'no number');
  return total;
};

const takePlace = (place: bigint, lowestSoFar: bigint, words: string): bigint => {
  if (place >= lowestSoFar) throw unreadable(words, 'places out of order');
  return place;
};

const unreadable = (words: string, reason: string): DomainError =>
  new DomainError('money.words-unreadable', `Cannot read "${words}" as Thai number words: ${reason}`, {
    messageTh: `อ่านจำนวนเงินตัวอักษร "${words}" ไม่ได้`,
    details: { words, reason },
  });
