import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../exit-codes';

export interface VerifyArgs {
  file: string;
  /** Public keys as text (PEM or base64), files already read. */
  keys: string[] | undefined;
  json: boolean;
}

/**
 * Paths are taken relative to where the user typed the command: `npm run kongthun` runs in the
 * repository root, and npm keeps the caller's directory in INIT_CWD.
 */
export const fromUserDir = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path);

// A --key value that names a readable file is a key file; anything else is the key itself.
const keyText = (value: string): string => {
  const path = fromUserDir(value);
  return !value.includes('\n') && existsSync(path) ? readFileSync(path, 'utf8') : value;
};

export function parseVerifyArgs(argv: readonly string[]): VerifyArgs {
  const files: string[] = [];
  const keys: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--key' || arg.startsWith('--key=')) {
      const value = arg === '--key' ? argv[++i] : arg.slice('--key='.length);
      if (!value)
        throw new UsageError('--key needs a public key (PEM file, PEM or base64)', '--key ต้องตามด้วยกุญแจสาธารณะ (ไฟล์ PEM, PEM หรือ base64)');
      keys.push(keyText(value));
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option: ${arg}`, `ไม่รู้จักตัวเลือก: ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError('give exactly one evidence file', 'โปรดระบุไฟล์หลักฐานหนึ่งไฟล์');
  return { file: fromUserDir(files[0]), keys: keys.length ? keys : undefined, json };
}
