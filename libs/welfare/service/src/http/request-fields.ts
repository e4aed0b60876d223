import { z } from 'zod/v4';
import { isDomainError, Money } from '@kongthun/kernel';

/** Baht as the user writes it (`1,200.00` or `1200.00`), parsed exactly into satang. */
export const money = z
  .string()
  .describe('Baht with satang, e.g. "1,200.00"')
  .transform((text, context) => {
    try {
      return Money.parse(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: isDomainError(error) ? `${error.code}: ${error.message}` : 'not an amount' });
      return z.NEVER;
    }
  });

export const moneyJson = z.string().regex(/^\d+\.\d{2}$/).describe('Baht as a decimal string, e.g. "30.00"');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('A date, YYYY-MM-DD (CE)');
export const id = z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/);
export const text = z.string().min(1).max(500);
export const citizenId = z.string().describe('13-digit Thai citizen ID; events get only its keyed hash');
/** A person's full name with title (ชื่อ-นามสกุล); kept only encrypted, never in an event. */
export const personName = z.string().trim().min(1).max(200).describe('Full name with title, e.g. "นายบุญมี ศรีสวัสดิ์"; kept only encrypted');
export const phone = z.string().trim().regex(/^\+?[0-9][0-9 -]{7,18}$/).describe('Phone number, e.g. "081-234-5678"; kept only encrypted');
