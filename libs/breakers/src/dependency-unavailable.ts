import { DomainError } from '@kongthun/kernel';

/**
 * What a call gets while its breaker is open: a refusal with a code (503 in the refusal table), at
 * once, instead of a wait for a dependency known to be failing.
 */
export const dependencyUnavailable = (breaker: string): DomainError =>
  new DomainError('dependency.unavailable', `${breaker} is failing; its breaker is open, try again shortly`, {
    messageTh: 'ระบบที่ต้องใช้ขัดข้องชั่วคราว กรุณาลองใหม่ภายหลัง',
    details: { breaker },
  });
