import { DomainError } from '@kongthun/kernel';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 500;

export const pageLimitOf = (text: string | undefined): number => {
  if (text === undefined) return DEFAULT_PAGE_LIMIT;
  const limit = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE_LIMIT))
    throw new DomainError('request.invalid-limit', `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}, got ${text}`, {
      messageTh: `limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${MAX_PAGE_LIMIT}`,
    });
  return limit;
};

/** The cursor is the position of the last finding of the previous page, as `nextCursor` gave it. */
export const cursorOf = (text: string | undefined): number | undefined => {
  if (text === undefined || text === '') return undefined;
  if (!/^[1-9]\d{0,15}$/.test(text))
    throw new DomainError('request.invalid-cursor', `cursor must be a nextCursor this API gave, got ${text}`, {
      messageTh: 'cursor ไม่ถูกต้อง (ใช้ค่า nextCursor จากหน้าก่อน)',
    });
  return Number(text);
};
