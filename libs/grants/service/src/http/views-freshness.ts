import { HttpException } from '@nestjs/common';
import { ReadModelBehindError, ReadModelFreshness } from '@kongthun/read-models';

/** Waits for the views to include this process's writes (embedded); a view too far behind is a 503. */
export const viewsSettled = async (freshness: ReadModelFreshness | undefined): Promise<void> => {
  try {
    await freshness?.settled();
  } catch (error) {
    if (!(error instanceof ReadModelBehindError)) throw error;
    throw new HttpException({ code: error.code, message: error.message, messageTh: 'ข้อมูลสรุปยังไม่เป็นปัจจุบัน กรุณาลองใหม่ภายหลัง' }, 503);
  }
};
