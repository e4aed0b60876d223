import { readThaiNumberWords } from './thai-number-words';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });

describe('reading Thai number words', () => {
  it.each([
    ['ศูนย์', 0n],
    ['หนึ่ง', 1n],
    ['เก้า', 9n],
    ['สิบ', 10n],
    ['สิบเอ็ด', 11n],
    ['สิบหนึ่ง', 11n],
    ['ยี่สิบ', 20n],
    ['ยี่สิบเอ็ด', 21n],
    ['สองสิบ', 20n],
    ['หนึ่งร้อย', 100n],
    ['หนึ่งร้อยเอ็ด', 101n],
    ['หนึ่งร้อยหนึ่ง', 101n],
    ['สองร้อยสิบ', 210n],
    ['เก้าพันเก้าร้อยเก้าสิบเก้า', 9_999n],
    ['สามแสนแปดหมื่น', 380_000n],
    ['หนึ่งล้าน', 1_000_000n],
    ['หนึ่งล้านหนึ่ง', 1_000_001n],
    ['หนึ่งล้านเอ็ด', 1_000_001n],
    ['สามล้านแปดแสน', 3_800_000n],
    ['หกล้านเจ็ดแสนสี่หมื่นเก้าพันสองร้อยสิบ', 6_749_210n],
    ['ห้าสิบเอ็ดล้านหนึ่ง', 51_000_001n],
    ['หนึ่งร้อยเอ็ดล้าน', 101_000_000n],
    ['หนึ่งล้านล้าน', 1_000_000_000_000n],
    ['สองล้านสามแสนล้าน', 2_300_000_000_000n],
    ['เก้าพันเจ็ดล้านหนึ่งแสนเก้าหมื่นเก้าพันสองร้อยห้าสิบสี่ล้านเจ็ดแสนสี่หมื่นเก้าร้อยเก้าสิบเอ็ด', 9_007_199_254_740_991n],
  ])('reads %s as %p', (words, value) => {
    expect(readThaiNumberWords(words)).toBe(value);
  });

  it.each([
    ['', 'nothing at all'],
    ['เอ็ด', 'เอ็ด standing alone'],
    ['ยี่', 'ยี่ without สิบ'],
    ['ยี่ร้อย', 'ยี่ before a place other than สิบ'],
    ['เอ็ดร้อย', 'เอ็ด before a place'],
    ['ร้อย', 'a bare place other than สิบ'],
    ['แสนห้า', 'the colloquial แสนห้า, which means 150,000 and cannot be read safely'],
    ['ห้าสิบห้าร้อย', 'places out of order'],
    ['ห้าร้อยห้าร้อย', 'a place repeated'],
    ['หนึ่งสอง', 'two digits in a row'],
    ['ล้าน', 'ล้าน with nothing before it'],
    ['ศูนย์ห้า', 'ศูนย์ inside a number'],
    ['ห้าสิบศูนย์', 'ศูนย์ at the end of a number'],
    ['หนึ่ง ร้อย', 'spaces, which the caller removes first'],
    ['one hundred', 'English'],
  ])('refuses "%s" (%s) as unreadable', (words) => {
    expect(() => readThaiNumberWords(words)).toThrow(refusal('money.words-unreadable'));
  });
});
