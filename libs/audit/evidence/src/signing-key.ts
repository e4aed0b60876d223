import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';

/** An Ed25519 key pair that signs tree heads: the audit service's own, or a witness's. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** keyIdOf(publicKey). */
  keyId: string;
}

// DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32-byte raw key follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const requireEd25519 = (key: KeyObject): KeyObject => {
  if (key.asymmetricKeyType !== 'ed25519') throw new TypeError(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  return key;
};

const spkiDer = (key: KeyObject): Buffer => key.export({ type: 'spki', format: 'der' });

/** Key id: lower-case hex SHA-256 of the public key's SubjectPublicKeyInfo DER. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(spkiDer(requireEd25519(publicKey)))
    .digest('hex');
}

/** The public key as base64 SPKI DER: what bundles carry and what `--key` accepts. */
export function publicKeyBase64(publicKey: KeyObject): string {
  return spkiDer(requireEd25519(publicKey)).toString('base64');
}

export function publicKeyPem(publicKey: KeyObject): string {
  return requireEd25519(publicKey).export({ type: 'spki', format: 'pem' }).toString();
}

/**
 * A public key given as PEM, as base64 SPKI DER, or as the base64 of the raw 32-byte key (the
 * form other Ed25519 tools print). Throws on anything else, including a non-Ed25519 key.
 */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith('-----BEGIN')) return requireEd25519(createPublicKey(trimmed));
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new TypeError('public key is neither PEM nor base64');
  const der = Buffer.from(trimmed, 'base64');
  const spki = der.length === 32 ? Buffer.concat([ED25519_SPKI_PREFIX, der]) : der;
  return requireEd25519(createPublicKey({ key: spki, format: 'der', type: 'spki' }));
}

/** A fresh key pair as PKCS#8 / SPKI PEM, ready to be written to the service's data folder. */
export function generateSigningKeyPem(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKeyPem(publicKey),
  };
}

/** The signing key held in a PKCS#8 PEM; the public half is derived, so it cannot mismatch. */
export function signingKeyFromPem(privateKeyPem: string): SigningKey {
  const privateKey = requireEd25519(createPrivateKey(privateKeyPem));
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}
