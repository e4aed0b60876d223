import { bahttext } from 'bahttext';
import { MAX_WORDS_SATANG, readBahtWords, writeBahtWords } from './baht-words';
import { Money } from './money';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

const WRITTEN: ReadonlyArray<[figures: string, words: string]> = [
  ['0', 'ศูนย์บาทถ้วน'],
  ['1', 'หนึ่งบาทถ้วน'],
  ['11', 'สิบเอ็ดบาทถ้วน'],
  ['21', 'ยี่สิบเอ็ดบาทถ้วน'],
  ['101', 'หนึ่งร้อยหนึ่งบาทถ้วน'],
  ['1,000,000', 'หนึ่งล้านบาทถ้วน'],
  ['6,749,210', 'หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบบาทถ้วน'],
  ['0.50', 'ห้าสิบสตางค์'],
  ['0.01', 'หนึ่งสตางค์'],
  ['0.21', 'ยี่สิบเอ็ดสตางค์'],
  ['1234.5', 'หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์'],
  ['1,234.25', 'หนึ่งพันสองร้อยสามสิบสี่บาทยี่สิบห้าสตางค์'],
  ['300,000', 'สามแสนบาทถ้วน'],
  ['-3.00', 'ลบสามบาทถ้วน'],
  ['-0.20', 'ลบยี่สิบสตางค์'],
];

describe('writing baht in Thai words', () => {
  it.each(WRITTEN)('writes %s as %s', (figures, words) => {
    expect(Money.parse(figures).toThaiWords()).toBe(words);
  });

  it('writes the largest amount it accepts exactly, satang included', () => {
    expect(writeBahtWords(MAX_WORDS_SATANG)).toBe(
      'เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์',
    );
  });

  it('refuses amounts beyond a thousand million million baht instead of letting bahttext answer zero', () => {
    expect(() => writeBahtWords(MAX_WORDS_SATANG + 1n)).toThrow(refusal('money.too-large-for-words'));
    expect(() => writeBahtWords(-(MAX_WORDS_SATANG + 1n))).toThrow(refusal('money.too-large-for-words'));
  });

  it.each([
    ['zero for an amount it could not read', 'ศูนย์บาทถ้วน'],
    ['garbage for an exponent', 'หนึ่งร้อยundefinedสิบห้าบาทถ้วน'],
  ])('refuses words that do not read back as the amount, such as %s', (_label, wrongWords) => {
    jest.isolateModules(() => {
      jest.doMock('bahttext', () => ({ bahttext: () => wrongWords }));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const isolated = require('./baht-words') as typeof import('./baht-words');
      expect(() => isolated.writeBahtWords(12_345n)).toThrow(refusal('money.words-unverified'));
    });
    jest.dontMock('bahttext');
  });

  it('reads back every amount it writes, across satang values up to 10^13 satang', () => {
    // A fixed linear congruential sequence: the same amounts on every run, spread over the range.
    let seed = 20_230_315n;
    for (let i = 0; i < 2_000; i += 1) {
      seed = (seed * 6_364_136_223_846_793_005n + 1_442_695_040_888_963_407n) % 2n ** 64n;
      const satang = seed % 10n ** 13n;
      expect(readBahtWords(Money.ofSatang(satang).toThaiWords())).toBe(satang);
    }
  });
});

describe('reading baht in Thai words', () => {
  it.each(WRITTEN)('reads the words for %s back as the same amount', (figures, words) => {
    expect(readBahtWords(words)).toBe(Money.parse(figures).satang);
  });

  it.each([
    ['สามล้านแปดแสนบาทถ้วน', '3800000.00'],
    ['สาม ล้าน แปด แสน บาท ถ้วน', '3800000.00'],
    ['สามล้าน\u200bแปดแสนบาทถ้วน', '3800000.00'],
    ['(หนึ่งร้อยบาทถ้วน)', '100.00'],
    ['หนึ่งร้อยบาทตรง', '100.00'],
    ['หนึ่งร้อยบาท', '100.00'],
    ['หนึ่งร้อยเอ็ดบาทถ้วน', '101.00'],
    ['หนึ่งล้านเอ็ดบาทถ้วน', '1000001.00'],
    ['หนึ่งบาทหนึ่งสตางค์', '1.01'],
    ['ศูนย์บาทห้าสิบสตางค์', '0.50'],
    ['ลบ ห้าบาท ห้าสิบสตางค์', '-5.50'],
  ])('reads the written variant "%s" as %s', (words, decimal) => {
    expect(Money.fromThaiWords(words).toDecimalString()).toBe(decimal);
  });

  it.each([
    ['', 'nothing'],
    ['สามล้านแปดแสน', 'no บาท or สตางค์'],
    ['บาทถ้วน', 'บาท with no number'],
    ['บาทห้าสิบสตางค์', 'บาท with no number before satang'],
    ['หนึ่งร้อยบาทหนึ่งร้อยสตางค์', 'more than 99 satang'],
    ['หนึ่งบาทสองบาท', 'บาท twice'],
    ['หนึ่งบาทสองบาทห้าสตางค์', 'บาท twice before satang'],
    ['ห้าสิบสตางค์ถ้วน', 'ถ้วน after สตางค์'],
    ['หนึ่งร้อยบาทถ้วนห้าสิบสตางค์', 'satang after ถ้วน'],
    ['แสนห้าบาท', 'a colloquial amount'],
    ['1,000 บาท', 'figures instead of words'],
  ])('refuses "%s" (%s) as unreadable', (words) => {
    expect(() => Money.fromThaiWords(words)).toThrow(refusal('money.words-unreadable'));
  });
});

// Pinned so that an upgrade of bahttext that changes these shows up here, not in an audit.
describe('bahttext behaviour the kernel guards against', () => {
  it('answers zero baht for text it cannot read, which is why Money passes it exact decimals only', () => {
    expect(bahttext('1,234.50')).toBe('ศูนย์บาทถ้วน');
    expect(bahttext(2 ** 53)).toBe('ศูนย์บาทถ้วน');
  });

  it('writes "undefined" into the words for a number in exponent form', () => {
    expect(bahttext('1e5')).toBe('หนึ่งร้อยundefinedสิบห้าบาทถ้วน');
  });

  it('truncates a third decimal instead of refusing it, which is why Money never has one', () => {
    expect(bahttext('1.999')).toBe('หนึ่งบาทเก้าสิบเก้าสตางค์');
  });

  it('writes a final one after a zero as หนึ่ง but the same digit before ล้าน as เอ็ด', () => {
    expect(bahttext('101')).toBe('หนึ่งร้อยหนึ่งบาทถ้วน');
    expect(bahttext('101000000')).toBe('หนึ่งร้อยเอ็ดล้านบาทถ้วน');
  });
});
