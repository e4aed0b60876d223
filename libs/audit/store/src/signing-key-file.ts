import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateSigningKeyPem, SigningKey, signingKeyFromPem } from '@kongthun/audit-evidence';

/**
 * The audit service's Ed25519 signing key, kept as PKCS#8 PEM in its data folder (owner-only),
 * made on first start. The new key is written to a temporary file and hard-linked into place:
 * the link either appears complete or fails because another starter won, whose key is then
 * used, so two starters never sign with different keys and nobody reads a half-written file.
 */
export async function loadOrCreateSigningKey(path: string): Promise<SigningKey> {
  try {
    return signingKeyFromPem(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temporary, generateSigningKeyPem().privateKeyPem, { flag: 'wx', mode: 0o600 });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary);
  }
  return signingKeyFromPem(await readFile(path, 'utf8'));
}
