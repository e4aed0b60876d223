import { createHash, createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import { ThaiCitizenId } from './thai-citizen-id';

const refusal = (code: string) => expect.objectContaining({ name: 'DomainError', code });
const KEY = 'a-test-key-of-32-bytes-----------';

describe('ThaiCitizenId check digit', () => {
  // Worked by hand with check = (11 − Σ d_i × (14 − i) mod 11) mod 10:
  //   1101700230708: 13+12+0+10+63+0+0+12+15+0+21+0 = 146, 146 mod 11 = 3, check 8
  //   1234567890121: 13+24+33+40+45+48+49+48+45+0+3+4 = 352, mod 11 = 0, check (11 − 0) mod 10 = 1
  //   1000000000050: 13+10 = 23, mod 11 = 1, check 0
  //   3100100123451: 39+12+9+6+10+12+12+10 = 110, mod 11 = 0, check 1
  it.each(['1101700230708', '1234567890121', '1000000000050', '3100100123451'])('accepts %s', (digits) => {
    expect(ThaiCitizenId.parse(digits).reveal()).toBe(digits);
  });

  it.each(['1-1017-00230-70-8', '1 1017 00230 70 8', ' 1101700230708 ', '๑๑๐๑๗๐๐๒๓๐๗๐๘'])(
    'accepts the card formatting and Thai numerals: "%s"',
    (text) => {
      expect(ThaiCitizenId.parse(text).reveal()).toBe('1101700230708');
    },
  );

  it.each([
    ['1101700230709', 'citizen-id.check-digit'],
    ['1101700230718', 'citizen-id.check-digit'],
    ['1011700230708', 'citizen-id.check-digit'],
    ['110170023070', 'citizen-id.length'],
    ['11017002307080', 'citizen-id.length'],
    ['', 'citizen-id.length'],
    ['11017OO230708', 'citizen-id.not-digits'],
    ['1101700230708x', 'citizen-id.not-digits'],
    ['1.101700230708', 'citizen-id.not-digits'],
    ['0101700230708', 'citizen-id.leading-zero'],
  ])('refuses "%s" with %s', (text, code) => {
    expect(() => ThaiCitizenId.parse(text)).toThrow(refusal(code));
  });

  it('never repeats a refused ID in the error, since it is still somebody’s ID', () => {
    try {
      ThaiCitizenId.parse('1101700230709');
      throw new Error('expected a refusal');
    } catch (error: unknown) {
      expect(JSON.stringify(error)).not.toContain('110170023070');
      expect(String(error)).not.toContain('110170023070');
    }
  });
});

describe('ThaiCitizenId display', () => {
  const id = ThaiCitizenId.parse('1101700230708');

  it('masks all but the category and check digits, grouped like the card', () => {
    expect(id.masked()).toBe('1-xxxx-xxxxx-xx-8');
  });

  it('shows only the masked form through toString, JSON and console output', () => {
    expect(String(id)).toBe('1-xxxx-xxxxx-xx-8');
    expect(`${id}`).toBe('1-xxxx-xxxxx-xx-8');
    expect(JSON.stringify({ id })).toBe('{"id":"1-xxxx-xxxxx-xx-8"}');
    expect(inspect(id)).toBe('ThaiCitizenId(1-xxxx-xxxxx-xx-8)');
    expect(inspect({ nested: { id } }, { depth: 5 })).not.toContain('1101700230708');
    expect(Object.keys(id)).toEqual([]);
  });

  it('reveals the digits only when asked, plain or grouped', () => {
    expect(id.reveal()).toBe('1101700230708');
    expect(id.reveal({ grouped: true })).toBe('1-1017-00230-70-8');
  });

  it('is equal to the same ID however it was written', () => {
    expect(id.equals(ThaiCitizenId.parse('1-1017-00230-70-8'))).toBe(true);
    expect(id.equals(ThaiCitizenId.parse('1234567890121'))).toBe(false);
  });
});

describe('ThaiCitizenId keyed hash', () => {
  const id = ThaiCitizenId.parse('1101700230708');

  it('is the HMAC-SHA256 of the 13 digits, in hex', () => {
    const expected = createHmac('sha256', KEY).update('1101700230708').digest('hex');
    expect(id.keyedHash(KEY)).toBe(expected);
    expect(id.keyedHash(KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same key, whether given as text or bytes', () => {
    expect(id.keyedHash(KEY)).toBe(ThaiCitizenId.parse('1-1017-00230-70-8').keyedHash(Buffer.from(KEY)));
  });

  it('differs by key, so a hash from one deployment cannot be matched in another', () => {
    expect(id.keyedHash(KEY)).not.toBe(id.keyedHash(`${KEY}!`));
  });

  it('differs by person', () => {
    expect(id.keyedHash(KEY)).not.toBe(ThaiCitizenId.parse('1234567890121').keyedHash(KEY));
  });

  it('is not the plain SHA-256 anyone could recompute from the ID', () => {
    expect(id.keyedHash(KEY)).not.toBe(createHash('sha256').update('1101700230708').digest('hex'));
  });

  it('refuses a key shorter than 16 bytes', () => {
    expect(() => id.keyedHash('short')).toThrow(refusal('citizen-id.hash-key-too-short'));
    expect(() => id.keyedHash(Buffer.alloc(0))).toThrow(refusal('citizen-id.hash-key-too-short'));
    expect(id.keyedHash(Buffer.alloc(16, 1))).toMatch(/^[0-9a-f]{64}$/);
  });
});
