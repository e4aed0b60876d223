import { KeyedHasher } from './keyed-hasher';
import { ThaiCitizenId } from './thai-citizen-id';

const KEY = 'a-test-key-of-32-bytes-0123456789';
const ID = ThaiCitizenId.parse('1-1017-00230-70-8');

describe('KeyedHasher', () => {
  it('hashes a citizen ID exactly as ThaiCitizenId.keyedHash does under the same key', () => {
    expect(new KeyedHasher(KEY).citizenId(ID)).toBe(ID.keyedHash(KEY));
  });

  it('matches an account whatever its dashes, spaces or Thai digits', () => {
    const hasher = new KeyedHasher(KEY);
    expect(hasher.account('123-4-56789-0')).toBe(hasher.account('1234567890'));
    expect(hasher.account('๑๒๓ ๔ ๕๖๗๘๙ ๐')).toBe(hasher.account('1234567890'));
    expect(hasher.account('1234567891')).not.toBe(hasher.account('1234567890'));
  });

  it('hashes a PromptPay id that is a citizen ID differently from the citizen ID itself', () => {
    const hasher = new KeyedHasher(KEY);
    expect(hasher.account(ID.reveal())).not.toBe(hasher.citizenId(ID));
  });

  it('names its key by a fingerprint that differs between keys and never shows the key', () => {
    const one = new KeyedHasher(KEY);
    expect(one.keyId).toMatch(/^hk-[0-9a-f]{16}$/);
    expect(new KeyedHasher(KEY).keyId).toBe(one.keyId);
    expect(new KeyedHasher(`${KEY}!`).keyId).not.toBe(one.keyId);
    expect(JSON.stringify({ one })).not.toContain(KEY);
  });

  it('refuses a key under 16 bytes and an account that is not 6 to 20 digits', () => {
    expect(() => new KeyedHasher('short')).toThrow(expect.objectContaining({ code: 'keyed-hash.key-too-short' }));
    expect(() => new KeyedHasher(KEY).account('12ab')).toThrow(expect.objectContaining({ code: 'payee-account.invalid' }));
  });
});
