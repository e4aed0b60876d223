import { readFileSync } from 'node:fs';
import { trustedKeyIds, verifyBundle } from '@kongthun/audit-evidence';
import { EXIT_INVALID, EXIT_VALID, UsageError } from '../exit-codes';
import { parseVerifyArgs } from './verify-args';
import { formatVerdict } from './verification-report';

const readDocument = (file: string): unknown => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`cannot read ${file}: ${reason}`, `อ่านไฟล์ ${file} ไม่ได้: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON is still an answer about the evidence (it is not a bundle), not a usage mistake.
    return text;
  }
};

/** `kongthun verify`: checks one evidence bundle offline and prints every check; returns the exit code. */
export async function runVerify(argv: readonly string[], print: (line: string) => void): Promise<number> {
  const args = parseVerifyArgs(argv);
  if (args.keys) {
    try {
      trustedKeyIds(args.keys);
    } catch (error) {
      throw new UsageError(`--key is not an Ed25519 public key: ${(error as Error).message}`, '--key ไม่ใช่กุญแจสาธารณะ Ed25519');
    }
  }
  const verdict = verifyBundle(readDocument(args.file), { trustedKeys: args.keys });
  if (args.json)
    print(
      JSON.stringify(
        {
          file: args.file,
          valid: verdict.valid,
          signerTrusted: verdict.signerTrusted,
          en: verdict.en,
          th: verdict.th,
          checks: verdict.checks,
        },
        null,
        2,
      ),
    );
  else formatVerdict(args.file, verdict).forEach((line) => print(line));
  return verdict.valid ? EXIT_VALID : EXIT_INVALID;
}
