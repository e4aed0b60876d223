import { RefusalException } from '@kongthun/http';
import { DomainError } from '@kongthun/kernel';

/** 410 Gone: the data existed and was erased on purpose; unlike a 404, retrying elsewhere will not find it. */
export const personalDataErased = (memberId: string): RefusalException =>
  new RefusalException(
    'personal-data.erased',
    `The personal data of member ${memberId} was erased (PDPA); the member's history remains`,
    'ข้อมูลส่วนบุคคลของสมาชิกนี้ถูกลบแล้วตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล ประวัติรายการยังคงอยู่',
    { memberId },
  );

/** Members enrolled before the store existed carry a caller-given reference with nothing behind it. */
export const personalDataNotFound = (memberId: string): DomainError =>
  new DomainError('personal-data.not-found', `No personal data is on file for member ${memberId}`, {
    messageTh: 'ไม่พบข้อมูลส่วนบุคคลของสมาชิกนี้',
    details: { memberId },
  });
