import { DomainError } from '@kongthun/kernel';
import { isCalendarDay, MoneyReplayCut } from '../replay/money-replay-cut';

/** The replay cut from a query string; a value that is not a time, a day or a position is a 400. */
export const replayCutOf = (query: { at?: string; position?: string; businessDate?: string }): MoneyReplayCut => {
  const cut: MoneyReplayCut = {};
  if (query.at !== undefined) {
    if (Number.isNaN(Date.parse(query.at)))
      throw new DomainError('request.invalid-time', `at must be an ISO-8601 time, got ${query.at}`, {
        messageTh: 'เวลาที่ระบุไม่ถูกต้อง (ต้องเป็นรูปแบบ ISO-8601)',
      });
    cut.at = query.at;
  }
  if (query.position !== undefined) {
    if (!/^\d{1,15}$/.test(query.position))
      throw new DomainError(
        'request.invalid-size',
        `position must be a whole number (a money log sequence number), got ${query.position}`,
        { messageTh: 'ตำแหน่งต้องเป็นจำนวนเต็ม' },
      );
    cut.position = Number(query.position);
  }
  if (query.businessDate !== undefined) {
    if (!isCalendarDay(query.businessDate))
      throw new DomainError('request.invalid-date', `businessDate must be a day YYYY-MM-DD, got ${query.businessDate}`, {
        messageTh: 'วันที่ที่ระบุไม่ถูกต้อง (ต้องเป็นรูปแบบ YYYY-MM-DD)',
      });
    cut.businessDate = query.businessDate;
  }
  return cut;
};
