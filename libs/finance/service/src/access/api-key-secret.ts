import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * An API key is `ktf_<keyId>_<secret>`: the id finds the row, the secret proves possession.
 * The secret is 32 random bytes (256 bits), so a stored SHA-256 of it cannot be reversed by
 * guessing: a slow password hash (argon2) protects low-entropy secrets people choose, and would
 * only add tens of milliseconds to every machine request here without adding safety.
 */
const KEY = /^ktf_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export const newApiKey = (): { keyId: string; key: string; secretHash: string } => {
  const keyId = randomBytes(8).toString('hex');
  const key = `ktf_${keyId}_${randomBytes(32).toString('base64url')}`;
  return { keyId, key, secretHash: hashOf(key) };
};

export const hashOf = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The key id of a well-formed key, or undefined. */
export const keyIdOf = (key: string): string | undefined => KEY.exec(key)?.[1];

/** Compares in constant time, so response times do not reveal how much of a hash matched. */
export const secretMatches = (key: string, storedHash: string): boolean =>
  timingSafeEqual(Buffer.from(hashOf(key), 'hex'), Buffer.from(storedHash, 'hex'));
