import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A plain CommonJS script outside every project (it runs before anything is installed), so
// required by its path in the checkout rather than imported.
const script = join(__dirname, '..', '..', 'tools', 'ensure-installed.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installNeeded } = require(script) as { installNeeded(dir: string): string | undefined };

describe('npm start right after a clone', () => {
  const checkout = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kt-clone-'));
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    return dir;
  };

  it('installs when node_modules is missing', () => {
    expect(installNeeded(checkout())).toBe('node_modules is missing');
  });

  it('installs when the lock changed after the last install, and not when the install is current', () => {
    const dir = checkout();
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), '{}');
    const now = Date.now() / 1000;
    utimesSync(join(dir, 'node_modules', '.package-lock.json'), now - 60, now - 60);
    expect(installNeeded(dir)).toBe('package-lock.json is newer than node_modules');
    utimesSync(join(dir, 'node_modules', '.package-lock.json'), now + 60, now + 60);
    expect(installNeeded(dir)).toBeUndefined();
  });
});
