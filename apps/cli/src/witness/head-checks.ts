import { headSignatureProblem, keyIdOf, parsePublicKey, SignedTreeHead, TreeHead, treeHeadProblems } from '@kongthun/audit-evidence';
import { verifyConsistency } from '@kongthun/audit-ledger';

/** Why a witness will not co-sign, for the operator: English and Thai. */
export interface Refusal {
  en: string;
  th: string;
}

/** The log's published key as the witness trusts it: parsed, and its key id recomputed rather than believed. */
export function publishedKeyId(published: { keyId?: string; publicKeyPem?: string }): string | Refusal {
  try {
    const keyId = keyIdOf(parsePublicKey(String(published.publicKeyPem)));
    if (keyId !== published.keyId)
      return {
        en: `the published key id ${published.keyId} is not the id of the published key (${keyId})`,
        th: 'รหัสกุญแจที่ประกาศไม่ตรงกับกุญแจสาธารณะที่ประกาศ',
      };
    return keyId;
  } catch (error) {
    return {
      en: `the published signing key is not an Ed25519 public key: ${(error as Error).message}`,
      th: 'กุญแจที่ประกาศไม่ใช่กุญแจสาธารณะ Ed25519',
    };
  }
}

/** The head must be well-formed and carry a valid signature by the log's key. */
export function logSignatureRefusal(head: SignedTreeHead, logKeyId: string): Refusal | undefined {
  const problems = treeHeadProblems(head);
  if (problems.length > 0) return { en: `the tree head is malformed: ${problems.join('; ')}`, th: 'หัวต้นไม้มีรูปแบบไม่ถูกต้อง' };
  const signature = (head.signatures ?? []).find((s) => s.signer === 'log' && s.keyId === logKeyId);
  if (!signature) return { en: `the tree head carries no signature by the log's key ${logKeyId}`, th: 'หัวต้นไม้ไม่มีลายมือชื่อของกุญแจบัญชีตรวจสอบ' };
  const problem = headSignatureProblem(head, signature);
  if (problem) return { en: `the log's signature on the tree head does not verify: ${problem}`, th: 'ลายมือชื่อของบัญชีตรวจสอบบนหัวต้นไม้ไม่ถูกต้อง' };
  return undefined;
}

/** Before asking for a proof: the new head must be of the same ledger and not smaller. */
export function growthRefusal(last: TreeHead, head: TreeHead): Refusal | undefined {
  if (head.origin !== last.origin)
    return {
      en: `the tree head is of ledger ${head.origin}, this witness follows ${last.origin}`,
      th: `หัวต้นไม้เป็นของบัญชี ${head.origin} ไม่ใช่บัญชีที่พยานนี้ติดตาม (${last.origin})`,
    };
  if (head.treeSize < last.treeSize)
    return {
      en: `the ledger shrank from ${last.treeSize} to ${head.treeSize} events`,
      th: `บัญชีตรวจสอบหดลงจาก ${last.treeSize} เป็น ${head.treeSize} เหตุการณ์`,
    };
  return undefined;
}

/**
 * The new head must extend the last one this witness signed: an RFC 9162 consistency proof from
 * the witness's own remembered root (never the server's word for it) to the new head's root.
 */
export function consistencyRefusal(last: TreeHead, head: TreeHead, proof: readonly string[]): Refusal | undefined {
  const hex = (text: string) => Buffer.from(text, 'hex');
  if (!verifyConsistency(last.treeSize, head.treeSize, hex(last.rootHash), hex(head.rootHash), proof.map(hex)))
    return {
      en: `the consistency proof from size ${last.treeSize} (root ${last.rootHash}) to size ${head.treeSize} does not verify: the ledger this witness signed is not a prefix of the new one`,
      th: `หลักฐานความสอดคล้องจากขนาด ${last.treeSize} ถึง ${head.treeSize} ไม่ผ่าน: บัญชีที่พยานเคยลงนามไม่ได้เป็นส่วนต้นของบัญชีใหม่ (ประวัติถูกเขียนใหม่)`,
    };
  return undefined;
}
