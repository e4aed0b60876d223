import { ServiceUnavailableException } from '@nestjs/common';
import { ReadModelBehindError, ReadModelFreshness } from '@kongthun/read-models';

/** Waits until the views include earlier writes (embedded); a follower left behind answers 503, to retry. */
export const settledReadModels = async (freshness: ReadModelFreshness | undefined): Promise<void> => {
  try {
    await freshness?.settled();
  } catch (error) {
    if (!(error instanceof ReadModelBehindError)) throw error;
    throw new ServiceUnavailableException({ code: error.code, message: error.message, messageTh: 'ข้อมูลสรุปยังไม่เป็นปัจจุบัน กรุณาลองใหม่ภายหลัง' });
  }
};
