import { formatThaiDate } from '@kongthun/kernel';
import { parseBundle } from './bundle-shape';
import { check, Check } from './check';
import { chainChecks, hashCheck, inclusionCheck, withRecomputedHash } from './event-checks';
import { EvidenceBundle } from './evidence-bundle';
import { signatureChecks, trustCheck, trustedKeyIds } from './signature-checks';

export interface VerifyOptions {
  /** Public keys (PEM / base64) or key ids to require a signature from; see trustedKeyIds. */
  trustedKeys?: readonly string[];
}

export interface Verdict {
  valid: boolean;
  /** Every check made, in order: format, signatures, trust, then per event, then chains. */
  checks: Check[];
  failures: Check[];
  /** False when no trusted key was given: the signatures then only prove self-consistency. */
  signerTrusted: boolean;
  en: string;
  th: string;
  bundle?: EvidenceBundle;
}

const thaiDate = (iso: string): string => {
  try {
    return `${formatThaiDate(iso)} (${iso})`;
  } catch {
    return iso; // a Node without full ICU cannot print Buddhist-Era dates; the ISO form is still exact
  }
};

/**
 * Verifies an evidence bundle offline: every signature on its tree head, each event's own hash,
 * each event's inclusion under the signed root (leaf rebuilt from the event), and the hash chain
 * among bundled events of one stream. Throws only when `trustedKeys` holds an unreadable key.
 */
export function verifyBundle(input: unknown, options: VerifyOptions = {}): Verdict {
  const trusted = options.trustedKeys ? trustedKeyIds(options.trustedKeys) : undefined;
  const parsed = parseBundle(input);
  if (!parsed.bundle) {
    const failure = check('bundle.format', 'fail', 'document', `not a kongthun.evidence/v1 bundle: ${parsed.problems.join('; ')}`, `เอกสารไม่อยู่ในรูปแบบ kongthun.evidence/v1: ${parsed.problems.join('; ')}`);
    return { valid: false, checks: [failure], failures: [failure], signerTrusted: false, en: 'INVALID: the document is not an evidence bundle', th: 'ไม่ถูกต้อง: เอกสารนี้ไม่ใช่เอกสารหลักฐานที่อ่านได้' };
  }
  const bundle = parsed.bundle;
  const head = bundle.treeHead;
  const signatures = signatureChecks(head);
  const trust = trustCheck(head, signatures, trusted);
  const entries = bundle.events.map(withRecomputedHash);
  const checks: Check[] = [
    check('bundle.format', 'pass', 'document', `${bundle.events.length} event(s), ledger ${head.origin} size ${head.treeSize}`, `เหตุการณ์ ${bundle.events.length} รายการ บัญชีหลักฐาน ${head.origin} ขนาด ${head.treeSize}`),
    ...signatures,
    trust,
    ...entries.flatMap((e) => [hashCheck(e), inclusionCheck(e, head)]),
    ...chainChecks(entries),
  ];
  const failures = checks.filter((c) => c.status === 'fail');
  const valid = failures.length === 0 && signatures.some((c) => c.status === 'pass');
  const signerTrusted = trust.status === 'pass';
  const n = bundle.events.length;
  if (!valid) {
    const ids = [...new Set(failures.map((f) => f.id))].join(', ');
    return { valid, checks, failures, signerTrusted, bundle, en: `INVALID: ${failures.length} check(s) failed (${ids})`, th: `ไม่ถูกต้อง: ไม่ผ่านการตรวจ ${failures.length} รายการ (${ids})`, };
  }
  return {
    valid,
    checks,
    failures,
    signerTrusted,
    bundle,
    en:
      `VALID: ${n} event(s) unaltered and included in ledger ${head.origin} of ${head.treeSize} events, signed ${head.timestamp}` +
      (signerTrusted ? ' by a trusted key' : '; the signer was NOT checked against a trusted key (use --key)'),
    th:
      `ถูกต้อง: เหตุการณ์ ${n} รายการไม่ถูกแก้ไข และอยู่ในบัญชีหลักฐาน ${head.origin} ซึ่งมี ${head.treeSize} รายการ ลงนามเมื่อ ${thaiDate(head.timestamp)}` +
      (signerTrusted ? ' โดยกุญแจที่เชื่อถือ' : ' แต่ยังไม่ได้ตรวจผู้ลงนามกับกุญแจที่เชื่อถือ (ใช้ --key)'),
  };
}
