/**
 * What the evidence verifier (libs/audit/evidence, written for node:crypto) needs of node:crypto,
 * in the browser, so that the page runs the very verifier `kongthun verify` runs. SHA-256 comes
 * from @noble/hashes because the verifier is synchronous and WebCrypto's digest is not;
 * Ed25519 signatures are checked by WebCrypto beforehand (`checkSignaturesWithWebCrypto`) and
 * their verdicts looked up here. Anything the verifier never calls throws.
 */
import { sha256 } from '@noble/hashes/sha2';
import { Buffer } from 'buffer';

const bytesOf = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

class Sha256 {
  private readonly parts: Uint8Array[] = [];
  update(data: string | Uint8Array): this {
    this.parts.push(bytesOf(data));
    return this;
  }
  digest(encoding?: 'hex' | 'base64'): Buffer | string {
    const digest = Buffer.from(sha256(Buffer.concat(this.parts)));
    return encoding === undefined ? digest : digest.toString(encoding);
  }
}

export const createHash = (algorithm: string): Sha256 => {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the browser, not ${algorithm}`);
  return new Sha256();
};

/** An Ed25519 public key as SPKI DER: the only kind of key a bundle carries. */
export class BrowserPublicKey {
  readonly type = 'public';
  readonly asymmetricKeyType = 'ed25519';
  constructor(readonly der: Buffer) {}
  export(options: { format: 'der' | 'pem'; type: 'spki' }): Buffer | string {
    if (options.format === 'der') return this.der;
    const lines = this.der.toString('base64').match(/.{1,64}/g) ?? [];
    return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
  }
}

export const createPublicKey = (input: string | { key: Uint8Array; format: 'der'; type: 'spki' }): BrowserPublicKey => {
  if (typeof input === 'string') {
    const body = input.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\s+/g, '');
    return new BrowserPublicKey(Buffer.from(body, 'base64'));
  }
  return new BrowserPublicKey(Buffer.from(input.key));
};

const verdicts = new Map<string, boolean>();
const verdictKey = (keyDer: Uint8Array, data: Uint8Array, signature: Uint8Array): string =>
  [keyDer, data, signature].map((bytes) => Buffer.from(bytes).toString('base64')).join('.');

export const rememberSignatureVerdict = (keyDer: Uint8Array, data: Uint8Array, signature: Uint8Array, valid: boolean): void => {
  verdicts.set(verdictKey(keyDer, data, signature), valid);
};

export const verify = (_algorithm: null, data: Uint8Array, key: BrowserPublicKey, signature: Uint8Array): boolean => {
  const verdict = verdicts.get(verdictKey(key.der, data, signature));
  if (verdict === undefined) throw new Error('this signature was not checked with WebCrypto first');
  return verdict;
};

const serverOnly = (name: string) => () => {
  throw new Error(`${name} is done by the server, never in the browser`);
};
export const createHmac = serverOnly('keyed hashing');
export const sign = serverOnly('signing');
export const createPrivateKey = serverOnly('private keys');
export const generateKeyPairSync = serverOnly('key generation');
// The kernel's personal-data encryption (sealed data keys) is bundled with the kernel but runs on the server only.
export const createCipheriv = serverOnly('encryption');
export const createDecipheriv = serverOnly('decryption');
export const randomBytes = serverOnly('random keys');
export const hkdfSync = serverOnly('key derivation');
export type KeyObject = BrowserPublicKey;
