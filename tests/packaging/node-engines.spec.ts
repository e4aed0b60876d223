import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// semver ships no types and is here only through npm's own tree: the two calls it is used for.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('the Node version the project declares', () => {
  it('is the one running', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });

  it('satisfies every locked package, so `npm ci` warns of no engine', () => {
    const lowest = semver.minVersion(pkg.engines.node)!.version;
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => ({ path, version: entry.version, node: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((entry) => entry.path !== '' && entry.node !== undefined && !semver.satisfies(lowest, entry.node));
    expect(refusing).toEqual([]);
  });
});
