import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM with a fresh 96-bit IV per message and associated data that binds the ciphertext to
 * where it belongs (a record's ref), so a ciphertext or wrapped key copied onto another record
 * fails authentication instead of decrypting. Format: `v1.<iv>.<ciphertext>.<tag>`, base64url.
 */
export const sealAesGcm = (key: Buffer, plaintext: Buffer, associatedData: string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return ['v1', iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
};

/** Throws on any tampering, a wrong key or a wrong binding: GCM's tag covers all three. */
export const openAesGcm = (key: Buffer, sealed: string, associatedData: string): Buffer => {
  const [version, iv, ciphertext, tag] = sealed.split('.');
  if (version !== 'v1' || iv === undefined || ciphertext === undefined || tag === undefined) throw new Error('Not an AES-GCM v1 envelope');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
};
