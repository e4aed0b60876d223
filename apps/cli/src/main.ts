import { DLQ_USAGE, runDlq } from './dlq/dlq-command';
import { EXIT_USAGE, UsageError } from './exit-codes';
import { REPLAY_USAGE, runReplay } from './replay/replay-command';
import { ROLE_MATRIX_USAGE, runRoleMatrix } from './role-matrix/role-matrix-command';
import { runUsers, USERS_USAGE } from './users/users-command';
import { runVerify } from './verify/verify-command';
import { runWitness } from './witness/witness-command';
import { WITNESS_USAGE } from './witness/witness-args';
import { EXPORT_USAGE, runExport } from './export/export-command';
import { IATI_USAGE, runIati } from './iati/iati-command';

const USAGE = `usage: kongthun verify <evidence.json> [--key <public key: PEM file, PEM or base64>]... [--json]
วิธีใช้: kongthun verify <ไฟล์หลักฐาน.json> [--key <กุญแจสาธารณะ: ไฟล์ PEM, PEM หรือ base64>]... [--json]

Checks an evidence bundle offline (no network): signatures, event hashes, inclusion proofs, hash chains.
ตรวจสอบเอกสารหลักฐานแบบออฟไลน์ (ไม่ใช้เครือข่าย): ลายมือชื่อดิจิทัล ค่าแฮช หลักฐานการอยู่ในบัญชี และสายโซ่แฮช
Exit code / รหัสออก: 0 valid ถูกต้อง · 1 invalid ไม่ถูกต้อง · 2 usage error ใช้คำสั่งไม่ถูกต้อง

${REPLAY_USAGE}

${WITNESS_USAGE}

${DLQ_USAGE}

${EXPORT_USAGE}

${IATI_USAGE}

${ROLE_MATRIX_USAGE}

${USERS_USAGE}`;

/** `kongthun <command> ...`: the auditor's command line. `verify` (offline), `replay` (rebuild read models from the ledger), `witness` (co-sign tree heads), `dlq` (list and replay dead letters), `export` (provincial finance), `iati` (a grants programme year as IATI XML). */
const main = async (argv: readonly string[]): Promise<number> => {
  const [command, ...rest] = argv;
  try {
    if (command === 'verify') return await runVerify(rest, (line) => process.stdout.write(`${line}\n`));
    if (command === 'replay') return await runReplay(rest, (line) => process.stderr.write(`${line}\n`));
    if (command === 'dlq') return await runDlq(rest, { out: (line) => process.stdout.write(`${line}\n`), env: process.env });
    if (command === 'users') return await runUsers(rest, (line) => process.stdout.write(`${line}\n`));
    if (command === 'role-matrix') return await runRoleMatrix(rest, (line) => process.stdout.write(`${line}\n`));
    if (command === 'witness')
      return await runWitness(rest, { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) });
    if (command === 'export') return await runExport(rest, { progress: process.stderr.isTTY });
    if (command === 'iati') return await runIati(rest, (line) => process.stderr.write(`${line}\n`));
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    throw new UsageError(command ? `unknown command: ${command}` : 'no command given', command ? `ไม่รู้จักคำสั่ง: ${command}` : 'ไม่ได้ระบุคำสั่ง');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message}\nข้อผิดพลาด: ${error.messageTh}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT_USAGE;
  },
);
