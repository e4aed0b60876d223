import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSigningKey } from './signing-key-file';

describe('the signing key in the data folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-key-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, owner-only, and the same key is loaded after', async () => {
    const path = join(dir, 'audit', 'signing-key.pem');
    const first = await loadOrCreateSigningKey(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect((await loadOrCreateSigningKey(path)).keyId).toBe(first.keyId);
  });

  it('concurrent first starts end with one key', async () => {
    const path = join(dir, 'race.pem');
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateSigningKey(path)));
    expect(new Set(keys.map((k) => k.keyId)).size).toBe(1);
  });

  it('a file that holds no key is an error, not silently replaced', async () => {
    const path = join(dir, 'broken.pem');
    writeFileSync(path, 'not a key');
    await expect(loadOrCreateSigningKey(path)).rejects.toThrow();
  });
});
