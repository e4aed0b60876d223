import { readFileSync } from 'node:fs';
import { SigningKey, signingKeyFromPem } from '@kongthun/audit-evidence';
import { UsageError } from '../exit-codes';
import { fromUserDir } from '../verify/verify-args';

export const WITNESS_USAGE = `usage: kongthun witness --url <audit base url> --key <private key PEM file> --state <state file> [--token <bearer token>]
วิธีใช้: kongthun witness --url <ที่อยู่บริการตรวจสอบ> --key <ไฟล์กุญแจส่วนตัว PEM> --state <ไฟล์สถานะ> [--token <โทเคน>]

Co-signs the audit log's latest tree head as a witness, after checking the log's signature and,
from the second run on, a consistency proof from the last head this witness signed (kept in the state file).
ลงนามรับรองหัวต้นไม้ล่าสุดในฐานะพยาน หลังตรวจลายมือชื่อของบัญชีตรวจสอบ และตั้งแต่ครั้งที่สองเป็นต้นไป
ตรวจหลักฐานความสอดคล้องจากหัวต้นไม้ที่พยานลงนามครั้งก่อน (เก็บในไฟล์สถานะ)
Exit code / รหัสออก: 0 co-signed ลงนามแล้ว · 1 refused ปฏิเสธ · 2 usage error ใช้คำสั่งไม่ถูกต้อง`;

export interface WitnessArgs {
  /** The audit API's root, ending in `/api/audit`. */
  api: string;
  key: SigningKey;
  statePath: string;
  token: string | undefined;
}

const OPTIONS = ['--url', '--key', '--state', '--token'] as const;
type Option = (typeof OPTIONS)[number];

const readKey = (file: string): SigningKey => {
  let pem: string;
  try {
    pem = readFileSync(fromUserDir(file), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`, `อ่านไฟล์ ${file} ไม่ได้: ${reason}`);
  }
  try {
    return signingKeyFromPem(pem);
  } catch (error) {
    throw new UsageError(
      `--key is not an Ed25519 private key (PKCS#8 PEM): ${(error as Error).message}`,
      '--key ไม่ใช่กุญแจส่วนตัว Ed25519 (PKCS#8 PEM)',
    );
  }
};

// `--url http://host:3000` and `--url http://host:3000/api/audit` both name the same service.
const apiOf = (url: string): string => {
  if (!/^https?:\/\/[^/]+/.test(url))
    throw new UsageError(`--url must be an http(s) address, got ${url}`, `--url ต้องเป็นที่อยู่ http(s): ${url}`);
  const base = url.replace(/\/+$/, '');
  return base.endsWith('/api/audit') ? base : `${base}/api/audit`;
};

export function parseWitnessArgs(argv: readonly string[]): WitnessArgs {
  const given = new Map<Option, string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split(/=(.*)/s, 2);
    if (!(OPTIONS as readonly string[]).includes(name)) throw new UsageError(`unknown option: ${argv[i]}`, `ไม่รู้จักตัวเลือก: ${argv[i]}`);
    const value = inline ?? argv[++i];
    if (!value) throw new UsageError(`${name} needs a value`, `${name} ต้องมีค่า`);
    given.set(name as Option, value);
  }
  for (const required of ['--url', '--key', '--state'] as const)
    if (!given.has(required)) throw new UsageError(`${required} is required`, `ต้องระบุ ${required}`);
  const token = given.get('--token')?.replace(/^Bearer\s+/i, '');
  return { api: apiOf(given.get('--url')!), key: readKey(given.get('--key')!), statePath: fromUserDir(given.get('--state')!), token };
}
