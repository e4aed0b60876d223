import { check, Check, short } from './check';
import { headSignatureProblem, SignedTreeHead } from './head-signature';
import { keyIdOf, parsePublicKey } from './signing-key';

const KEY_ID = /^[0-9a-f]{64}$/;

/**
 * Key ids of the keys a verifier trusts. Each entry is a public key (PEM, base64 SPKI DER or
 * base64 raw) or a 64-hex key id; anything else throws, because silently ignoring a key the
 * user meant to pin would turn "checked against my key" into "not checked".
 */
export function trustedKeyIds(keys: readonly string[]): Set<string> {
  return new Set(keys.map((k) => (KEY_ID.test(k.trim()) ? k.trim() : keyIdOf(parsePublicKey(k)))));
}

export function signatureChecks(sth: SignedTreeHead): Check[] {
  if (sth.signatures.length === 0)
    return [check('tree-head.signature', 'fail', 'tree head', 'the tree head carries no signature', 'สรุปบัญชีไม่มีลายมือชื่อดิจิทัล')];
  return sth.signatures.map((s) => {
    const role =
      s.signer === 'log'
        ? { en: 'the ledger', th: 'ผู้ดูแลบัญชีหลักฐาน' }
        : { en: `witness ${s.name ?? ''}`.trim(), th: `พยาน ${s.name ?? ''}`.trim() };
    const subject = `${s.signer} key ${short(s.keyId)}`;
    const problem = headSignatureProblem(sth, s);
    return problem === undefined
      ? check('tree-head.signature', 'pass', subject, `valid Ed25519 signature by ${role.en}`, `ลายมือชื่อดิจิทัลของ${role.th} ถูกต้อง`)
      : check('tree-head.signature', 'fail', subject, `invalid signature by ${role.en}: ${problem}`, `ลายมือชื่อดิจิทัลของ${role.th} ไม่ถูกต้อง`);
  });
}

/** Passes when a signature that itself passed is by a trusted key; skipped when none was given. */
export function trustCheck(sth: SignedTreeHead, signatures: readonly Check[], trusted: Set<string> | undefined): Check {
  const valid = sth.signatures.filter((_, i) => signatures[i]?.status === 'pass');
  if (trusted === undefined) {
    const ids = valid.map((s) => s.keyId).join(', ') || 'none';
    return check(
      'tree-head.trusted-key',
      'skip',
      'tree head',
      `no trusted key given: compare the signer key id(s) ${ids} with the audit service's published key`,
      `ไม่ได้ระบุกุญแจที่เชื่อถือ: โปรดเทียบรหัสกุญแจ ${ids} กับกุญแจที่หน่วยตรวจสอบเผยแพร่`,
    );
  }
  const match = valid.find((s) => trusted.has(s.keyId));
  return match
    ? check('tree-head.trusted-key', 'pass', `${match.signer} key ${short(match.keyId)}`, 'signed by a trusted key', 'ลงนามโดยกุญแจที่เชื่อถือ')
    : check('tree-head.trusted-key', 'fail', 'tree head', 'no valid signature by a trusted key', 'ไม่มีลายมือชื่อที่ถูกต้องจากกุญแจที่เชื่อถือ');
}
