import { AuditStoreError } from '@kongthun/audit-store';
import { DomainError } from '@kongthun/kernel';

const THAI: Record<string, string> = {
  'audit.unknown-event': 'ไม่พบเหตุการณ์นี้ในบัญชีตรวจสอบ',
  'audit.not-yet-signed': 'เหตุการณ์นี้ยังไม่อยู่ในหัวต้นไม้ที่ลงนามแล้ว กรุณาลงนามหัวต้นไม้ใหม่แล้วลองอีกครั้ง',
  'audit.tree-head-mismatch': 'หัวต้นไม้ที่ส่งมาไม่ตรงกับบัญชีตรวจสอบนี้',
  'audit.unknown-tree-head': 'ไม่พบหัวต้นไม้ที่ลงนามตามที่ระบุ',
  'audit.empty-evidence': 'หลักฐานต้องมีอย่างน้อยหนึ่งเหตุการณ์',
  'audit.invalid-signature': 'ลายมือชื่อดิจิทัลไม่ถูกต้องสำหรับหัวต้นไม้นี้',
  'audit.witness.not-registered': 'กุญแจนี้ไม่ได้ขึ้นทะเบียนเป็นพยาน จึงลงนามรับรองไม่ได้',
  'audit.witness.revoked': 'กุญแจของพยานนี้ถูกเพิกถอนแล้ว จึงลงนามรับรองไม่ได้',
  'audit.witness.not-found': 'ไม่พบพยานที่ใช้กุญแจนี้ในทะเบียน',
  'audit.witness.already-registered': 'กุญแจนี้ขึ้นทะเบียนเป็นพยานแล้ว',
  'audit.witness.already-revoked': 'กุญแจนี้ถูกเพิกถอนแล้ว (ต้องขึ้นทะเบียนด้วยกุญแจใหม่)',
  'audit.witness.invalid-key': 'กุญแจสาธารณะไม่ใช่ Ed25519',
  'audit.witness.invalid-name': 'ต้องระบุชื่อพยาน',
};

/** Store codes naming something missing become the `*.not-found` refusals (404) clients expect. */
const NOT_FOUND: Record<string, string> = {
  'audit.unknown-event': 'audit.event.not-found',
  'audit.unknown-tree-head': 'audit.tree-head.not-found',
};

/** The ledger store's refusals become domain refusals, so the edge answers 4xx with Thai and English. */
export const asRefusal = (error: unknown): unknown => {
  if (!(error instanceof AuditStoreError)) return error;
  const code = NOT_FOUND[error.code] ?? error.code;
  return new DomainError(code, error.message, { messageTh: THAI[error.code] ?? 'บัญชีตรวจสอบไม่สามารถทำรายการนี้ได้', details: error.details });
};

export const refusingAsDomain = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw asRefusal(error);
  }
};
