import { HttpException } from '@nestjs/common';

/** 422 per the draft: a key was sent again with another body. */
export const keyReused = (): HttpException =>
  new HttpException({
    code: 'idempotency.key-reused',
    message: 'This Idempotency-Key was already used with a different request body; use a new key for a new request',
    messageTh: 'Idempotency-Key นี้เคยใช้กับคำขอที่มีข้อมูลต่างกันแล้ว กรุณาใช้คีย์ใหม่สำหรับรายการใหม่',
  }, 422);

/** 409 per the draft: the first request with this key has not finished; retrying later is safe. */
export const keyInProgress = (): HttpException =>
  new HttpException({
    code: 'idempotency.in-progress',
    message: 'A request with this Idempotency-Key is still being processed; retry shortly',
    messageTh: 'คำขอที่ใช้ Idempotency-Key นี้กำลังดำเนินการอยู่ กรุณาลองใหม่อีกครั้งในภายหลัง',
  }, 409);
