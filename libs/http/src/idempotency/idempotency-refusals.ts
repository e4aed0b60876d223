import { RefusalException } from '../errors/refusal-exception';

/** 422 per the draft: a key was sent again with another body. */
export const keyReused = (): RefusalException =>
  new RefusalException(
    'idempotency.key-reused',
    'This Idempotency-Key was already used with a different request body; use a new key for a new request',
    'Idempotency-Key นี้เคยใช้กับคำขอที่มีข้อมูลต่างกันแล้ว กรุณาใช้คีย์ใหม่สำหรับรายการใหม่',
  );

/** 409 per the draft: the first request with this key has not finished; retrying later is safe. */
export const keyInProgress = (): RefusalException =>
  new RefusalException(
    'idempotency.in-progress',
    'A request with this Idempotency-Key is still being processed; retry shortly',
    'คำขอที่ใช้ Idempotency-Key นี้กำลังดำเนินการอยู่ กรุณาลองใหม่อีกครั้งในภายหลัง',
  );
