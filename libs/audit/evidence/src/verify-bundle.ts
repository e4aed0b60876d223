import { formatThaiDate } from '@kongthun/kernel';
import { parseBundle, retiredFormatOf } from './bundle-shape';
import { check, Check } from './check';
import { chainChecks, hashCheck, inclusionCheck, withRecomputedHash } from './event-checks';
import { EVIDENCE_FORMAT, EvidenceBundle } from './evidence-bundle';
import { findingOf } from './finding-event';
import { findingEvidenceChecks, findingHashCheck, findingInclusionCheck } from './finding-checks';
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

const notABundle = (en: string, th: string): Verdict => {
  const failure = check('bundle.format', 'fail', 'document', en, th);
  return {
    valid: false,
    checks: [failure],
    failures: [failure],
    signerTrusted: false,
    en: 'INVALID: the document is not an evidence bundle',
    th: 'ไม่ถูกต้อง: เอกสารนี้ไม่ใช่เอกสารหลักฐานที่อ่านได้',
  };
};

/**
 * Verifies an evidence bundle offline: every signature on its tree head, each event's own hash,
 * each event's inclusion under the signed root (leaf rebuilt from the event), the hash chain
 * among bundled events of one stream, and, for a finding's bundle, the finding itself as a proven
 * ledger event whose evidence list is exactly the bundle's events. Throws only when
 * `trustedKeys` holds an unreadable key.
 */
export function verifyBundle(input: unknown, options: VerifyOptions = {}): Verdict {
  const trusted = options.trustedKeys ? trustedKeyIds(options.trustedKeys) : undefined;
  const retired = retiredFormatOf(input);
  if (retired)
    return notABundle(
      `${retired} bundles are no longer accepted: their finding was not covered by the ledger's proofs, so an edited finding passed; download the bundle again (${EVIDENCE_FORMAT})`,
      `ไม่รับเอกสารรูปแบบ ${retired} แล้ว เพราะข้อสังเกตในรูปแบบนั้นไม่ได้รับการพิสูจน์จากบัญชีหลักฐาน หากถูกแก้ไขก็ตรวจไม่พบ โปรดดาวน์โหลดเอกสารใหม่ (${EVIDENCE_FORMAT})`,
    );
  const parsed = parseBundle(input);
  if (!parsed.bundle)
    return notABundle(
      `not a ${EVIDENCE_FORMAT} bundle: ${parsed.problems.join('; ')}`,
      `เอกสารไม่อยู่ในรูปแบบ ${EVIDENCE_FORMAT}: ${parsed.problems.join('; ')}`,
    );
  const bundle = parsed.bundle;
  const head = bundle.treeHead;
  const signatures = signatureChecks(head);
  const trust = trustCheck(head, signatures, trusted);
  const entries = bundle.events.map(withRecomputedHash);
  const finding = bundle.finding ? withRecomputedHash(bundle.finding) : undefined;
  const n = bundle.events.length;
  const checks: Check[] = [
    check(
      'bundle.format',
      'pass',
      'document',
      `${n} event(s), ledger ${head.origin} size ${head.treeSize}`,
      `เหตุการณ์ ${n} รายการ บัญชีหลักฐาน ${head.origin} ขนาด ${head.treeSize}`,
    ),
    ...signatures,
    trust,
    ...(finding ? [findingHashCheck(finding), findingInclusionCheck(finding, head), ...findingEvidenceChecks(finding, entries)] : []),
    ...entries.flatMap((e) => [hashCheck(e), inclusionCheck(e, head)]),
    ...chainChecks(finding ? [finding, ...entries] : entries),
  ];
  const failures = checks.filter((c) => c.status === 'fail');
  const valid = failures.length === 0 && signatures.some((c) => c.status === 'pass');
  const signerTrusted = trust.status === 'pass';
  if (!valid) {
    const ids = [...new Set(failures.map((f) => f.id))].join(', ');
    const first = failures[0];
    return {
      valid,
      checks,
      failures,
      signerTrusted,
      bundle,
      en: `INVALID: ${failures.length} check(s) failed (${ids})${first ? `; first: ${first.en}` : ''}`,
      th: `ไม่ถูกต้อง: ไม่ผ่านการตรวจ ${failures.length} รายการ (${ids})${first ? ` ข้อแรก: ${first.th}` : ''}`,
    };
  }
  const raised = finding ? findingOf(finding.event) : undefined;
  const what = raised
    ? {
        en: `finding ${raised.rule} (${raised.findingId}) as raised, and its ${n} evidence event(s),`,
        th: `ข้อสังเกต ${raised.rule} (${raised.findingId}) ตรงตามที่บันทึก และหลักฐาน ${n} รายการ`,
      }
    : { en: `${n} event(s)`, th: `เหตุการณ์ ${n} รายการ` };
  return {
    valid,
    checks,
    failures,
    signerTrusted,
    bundle,
    en:
      `VALID: ${what.en} unaltered and included in ledger ${head.origin} of ${head.treeSize} events, signed ${head.timestamp}` +
      (signerTrusted ? ' by a trusted key' : '; the signer was NOT checked against a trusted key (use --key)'),
    th:
      `ถูกต้อง: ${what.th}ไม่ถูกแก้ไข และอยู่ในบัญชีหลักฐาน ${head.origin} ซึ่งมี ${head.treeSize} รายการ ลงนามเมื่อ ${thaiDate(head.timestamp)}` +
      (signerTrusted ? ' โดยกุญแจที่เชื่อถือ' : ' แต่ยังไม่ได้ตรวจผู้ลงนามกับกุญแจที่เชื่อถือ (ใช้ --key)'),
  };
}
