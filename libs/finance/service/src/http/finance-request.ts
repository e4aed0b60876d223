import { assertAreaWithinScope, FinanceFilter, financeFilterOf } from '@kongthun/finance-model';
import { DomainError } from '@kongthun/kernel';
import { FinanceReader } from '../access/finance-reader';

export const DEFAULT_PAGE_LIMIT = 100;
export const MAX_PAGE_LIMIT = 1_000;

export type FinanceQuery = Record<string, string | undefined>;

/** The filter of a request, checked against the reader's areas before anything is read. */
export const scopedFilterOf = (query: FinanceQuery, reader: FinanceReader): FinanceFilter => {
  const filter = financeFilterOf(query);
  assertAreaWithinScope(reader.scope, filter.area, reader.label);
  return filter;
};

export const pageLimitOf = (text: string | undefined): number => {
  if (text === undefined) return DEFAULT_PAGE_LIMIT;
  const limit = /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE_LIMIT))
    throw new DomainError('finance.invalid-limit', `limit must be a whole number from 1 to ${MAX_PAGE_LIMIT}`, {
      messageTh: `limit ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง ${MAX_PAGE_LIMIT}`,
      details: { limit: text },
    });
  return limit;
};

/** The cursor is the `nextCursor` of the previous page: the position of its last row. */
export const cursorOf = (text: string | undefined): number => {
  if (text === undefined || text === '') return 0;
  if (!/^[1-9]\d{0,15}$/.test(text))
    throw new DomainError('finance.invalid-cursor', 'cursor must be a nextCursor this API gave', {
      messageTh: 'cursor ไม่ถูกต้อง (ใช้ค่า nextCursor จากหน้าก่อน)',
      details: { cursor: text },
    });
  return Number(text);
};

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormatOf = (text: string | undefined): ExportFormat => {
  if (text === undefined) return 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(text))
    throw new DomainError('finance.invalid-format', 'format is csv or xlsx', {
      messageTh: 'รูปแบบไฟล์ต้องเป็น csv หรือ xlsx',
      details: { format: text },
    });
  return text as ExportFormat;
};
