import type { WrappedDataKey } from '@kongthun/kernel';

export type { WrappedDataKey };

/**
 * A member's personal data (ข้อมูลส่วนบุคคล) as given at enrolment, with their death beneficiary's
 * (ผู้รับผลประโยชน์). It exists in clear only in memory: stored, it is encrypted under the member's
 * own data key; in events, the member is a keyed hash of the citizen ID and `personalDataRef`.
 */
export interface PersonalData {
  /** Full name with title, e.g. `นายบุญมี ศรีสวัสดิ์`. */
  name: string;
  phone: string | null;
  /** The 13 digits (เลขประจำตัวประชาชน). */
  citizenId: string;
  beneficiary: { name: string; phone: string | null; citizenId: string | null; relationship: string };
}

/** Whose data a record holds: enough to find it, nothing that identifies the person. */
export interface PersonalDataOwner {
  ref: string;
  fundId: string;
  memberId: string;
}

/** A record at rest: ciphertext under its data key, and that key wrapped by the master key. */
export interface SealedPersonalData extends PersonalDataOwner {
  /** AES-256-GCM of the JSON, bound to `ref`: `v1.<iv>.<ciphertext>.<tag>` (base64url). */
  sealed: string;
  dataKey: WrappedDataKey;
}

export interface Erasure {
  erasedAt: string;
  /** User id of whoever ordered it. */
  erasedBy: string;
}

export type StoredPersonalData =
  | { status: 'present'; record: SealedPersonalData }
  /** Tombstone of a crypto-shredded record: its data key and ciphertext are gone. */
  | ({ status: 'erased' } & PersonalDataOwner & Erasure);

/** The personal-data reference of a beneficiary: the same record, which is shredded with the member's. */
export const beneficiaryRefOf = (ref: string): string => `${ref}.beneficiary`;
