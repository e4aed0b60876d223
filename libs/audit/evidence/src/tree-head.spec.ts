import { createHash, generateKeyPairSync } from 'node:crypto';
import { cosignTreeHead, headSignatureProblem, signTreeHead, verifyHeadSignature, withSignature } from './head-signature';
import { keyIdOf, parsePublicKey, publicKeyBase64, publicKeyPem } from './signing-key';
import { TreeHead, treeHeadBytes } from './tree-head';
import { logKey, newKey, witnessKey } from './evidence.testing';

const head: TreeHead = {
  origin: 'kongthun.audit/phuket',
  treeSize: 1234,
  rootHash: 'ab'.repeat(32),
  timestamp: '2025-12-11T03:00:00.000Z',
};

describe('tree head bytes', () => {
  it('are the documented five lines, byte for byte', () => {
    expect(treeHeadBytes(head).toString('utf8')).toBe(
      `kongthun.tree-head/v1\norigin kongthun.audit/phuket\nsize 1234\nroot ${'ab'.repeat(32)}\ntime 2025-12-11T03:00:00.000Z\n`,
    );
  });

  it.each([
    ['an origin with a line break', { origin: 'a\nsize 1' }],
    ['an empty origin', { origin: '' }],
    ['a fractional size', { treeSize: 1.5 }],
    ['a negative size', { treeSize: -1 }],
    ['an upper-case root', { rootHash: 'AB'.repeat(32) }],
    ['a short root', { rootHash: 'ab' }],
    ['a local time', { timestamp: '2025-12-11T10:00:00.000+07:00' }],
    ['an impossible date', { timestamp: '2025-02-30T00:00:00.000Z' }],
  ])('refuse %s', (_, change) => {
    expect(() => treeHeadBytes({ ...head, ...change } as TreeHead)).toThrow(TypeError);
  });
});

describe('signed tree heads', () => {
  const sth = signTreeHead(head, logKey);

  it('the log signature verifies and names its key', () => {
    expect(sth.signatures).toHaveLength(1);
    expect(sth.signatures[0]).toMatchObject({ signer: 'log', keyId: logKey.keyId });
    expect(verifyHeadSignature(sth, sth.signatures[0])).toBe(true);
  });

  it.each([
    ['origin', { origin: 'kongthun.audit/chiangmai' }],
    ['size', { treeSize: 1235 }],
    ['root', { rootHash: 'ac'.repeat(32) }],
    ['time', { timestamp: '2025-12-11T03:00:00.001Z' }],
  ])('a head with another %s fails the signature', (_, change) => {
    expect(headSignatureProblem({ ...sth, ...change }, sth.signatures[0])).toBe('signature does not match the tree head');
  });

  it('a flipped signature bit, a swapped public key or a wrong key id fails', () => {
    const sig = sth.signatures[0];
    const bytes = Buffer.from(sig.signature, 'base64');
    bytes[10] ^= 1;
    expect(verifyHeadSignature(sth, { ...sig, signature: bytes.toString('base64') })).toBe(false);
    const other = newKey();
    expect(headSignatureProblem(sth, { ...sig, publicKey: publicKeyBase64(other.publicKey), keyId: other.keyId })).toBe(
      'signature does not match the tree head',
    );
    expect(headSignatureProblem(sth, { ...sig, keyId: other.keyId })).toBe('key id does not match the public key');
    expect(verifyHeadSignature(sth, { ...sig, signature: 'AAAA' })).toBe(false);
  });

  it('a witness co-signs the same head; every signature is kept and each verifies', () => {
    const cosig = cosignTreeHead(head, witnessKey, 'สตง. ภูเก็ต');
    const both = withSignature(sth, cosig);
    expect(both.signatures.map((s) => [s.signer, s.keyId])).toEqual([
      ['log', logKey.keyId],
      ['witness', witnessKey.keyId],
    ]);
    expect(both.signatures.every((s) => verifyHeadSignature(both, s))).toBe(true);
    expect(withSignature(both, cosig)).toBe(both);
    expect(verifyHeadSignature({ ...head, treeSize: 1 }, cosig)).toBe(false);
  });
});

describe('keys', () => {
  it('key id is the SHA-256 of the SPKI DER, whichever form the key is given in', () => {
    const der = logKey.publicKey.export({ type: 'spki', format: 'der' });
    const expected = createHash('sha256').update(der).digest('hex');
    expect(logKey.keyId).toBe(expected);
    const raw = der.subarray(der.length - 32).toString('base64');
    for (const form of [publicKeyPem(logKey.publicKey), publicKeyBase64(logKey.publicKey), raw])
      expect(keyIdOf(parsePublicKey(form))).toBe(expected);
  });

  it('refuses a non-Ed25519 key and text that is no key', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => parsePublicKey(publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(/Ed25519/);
    expect(() => parsePublicKey('not a key!')).toThrow(TypeError);
  });
});
