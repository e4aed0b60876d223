#!/usr/bin/env node
/**
 * `npm start`'s prestart: right after a clone there is no node_modules, and after a pull the lock
 * may be newer than what is installed. Either way, install what the lock says (`npm ci`) before
 * starting; otherwise do nothing, so a start stays fast.
 */
const { existsSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { execSync } = require('node:child_process');

/** Why an install is needed in `dir`, or undefined when node_modules matches the lock. */
const installNeeded = (dir) => {
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(join(dir, 'node_modules'))) return 'node_modules is missing';
  if (!existsSync(installed)) return 'node_modules was not installed by npm';
  if (statSync(join(dir, 'package-lock.json')).mtimeMs > statSync(installed).mtimeMs) return 'package-lock.json is newer than node_modules';
  return undefined;
};

module.exports = { installNeeded };

if (require.main === module) {
  const dir = join(__dirname, '..');
  const reason = installNeeded(dir);
  if (reason) {
    process.stderr.write(`${reason}: running npm ci (once) · ติดตั้งแพ็กเกจก่อนเริ่มระบบ\n`);
    execSync('npm ci --no-audit --no-fund', { cwd: dir, stdio: 'inherit' });
  }
}
