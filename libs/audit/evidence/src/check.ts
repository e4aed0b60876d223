/**
 * What the offline verifier checks, one id per kind of check:
 * - `bundle.format`: the document is a well-formed `kongthun.evidence/v2` bundle.
 * - `tree-head.signature`: one Ed25519 signature (log or witness) over the tree head.
 * - `tree-head.trusted-key`: some valid signature is by a key the verifier was told to trust.
 * - `event.hash`: an event's content hashes to the hash it carries.
 * - `event.inclusion`: an event's leaf, rebuilt from its content, is under the signed root.
 * - `stream.chain`: consecutive revisions of one stream in the bundle link by prevHash.
 * - `finding.hash`: the finding's content (summary, amounts, ids, evidence list) hashes to the hash it carries.
 * - `finding.inclusion`: the finding, rebuilt from its content, is a leaf under the signed root.
 * - `finding.evidence`: the bundle holds exactly the evidence events the proven finding lists.
 */
export type CheckId =
  | 'bundle.format'
  | 'tree-head.signature'
  | 'tree-head.trusted-key'
  | 'event.hash'
  | 'event.inclusion'
  | 'stream.chain'
  | 'finding.hash'
  | 'finding.inclusion'
  | 'finding.evidence';

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One line of a verification report, in English and Thai. */
export interface Check {
  id: CheckId;
  status: CheckStatus;
  /** What was checked: an event (`<event id> <stream>@<revision>`), a key id, the document. */
  subject: string;
  en: string;
  th: string;
}

/** Names of the checks, for people reading a report. */
export const CHECK_LABELS: Record<CheckId, { en: string; th: string }> = {
  'bundle.format': { en: 'bundle format', th: 'รูปแบบเอกสารหลักฐาน' },
  'tree-head.signature': { en: 'tree head signature', th: 'ลายมือชื่อดิจิทัลบนสรุปบัญชี' },
  'tree-head.trusted-key': { en: 'trusted signer', th: 'ผู้ลงนามที่เชื่อถือ' },
  'event.hash': { en: 'event hash', th: 'ค่าแฮชของเหตุการณ์' },
  'event.inclusion': { en: 'inclusion in the ledger', th: 'การอยู่ในบัญชีหลักฐาน' },
  'stream.chain': { en: 'stream hash chain', th: 'สายโซ่แฮชของสตรีม' },
  'finding.hash': { en: 'finding hash', th: 'ค่าแฮชของข้อสังเกต' },
  'finding.inclusion': { en: 'finding in the ledger', th: 'ข้อสังเกตอยู่ในบัญชีหลักฐาน' },
  'finding.evidence': { en: 'evidence the finding lists', th: 'หลักฐานตามที่ข้อสังเกตระบุ' },
};

export const check = (id: CheckId, status: CheckStatus, subject: string, en: string, th: string): Check => ({
  id,
  status,
  subject,
  en,
  th,
});

/** A short form of a hash or key id for reports; the full value is in the bundle. */
export const short = (hex: string): string => (hex.length > 16 ? `${hex.slice(0, 16)}…` : hex);
