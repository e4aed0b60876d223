import { z } from 'zod/v4';
import { isDomainError, Money } from '@kongthun/kernel';
import { MONEY_LIMIT } from './money-limit';

const BAHT_DECIMAL = /^\d{1,16}\.\d{2}$/;

const aboveLimit = (amount: Money, limit: Money) => ({
  code: 'custom' as const,
  message: `money.above-limit: ${amount.format()} baht is above the limit of ${limit.format()} baht for this field`,
  params: { refusal: 'money.above-limit', limit: limit.toJSON() },
});

/** Baht as the user writes it (`1,200.00` or `1200.00`), parsed exactly into satang, at most `limit`. */
export const moneyUpTo = (limit: Money) =>
  z
    .string()
    .max(40)
    .describe(`Baht with satang, e.g. "1,200.00"; at most ${limit.format()}`)
    .transform((text, context) => {
      try {
        const amount = Money.parse(text);
        if (amount.isGreaterThan(limit)) {
          context.addIssue(aboveLimit(amount, limit));
          return z.NEVER;
        }
        return amount;
      } catch (error) {
        context.addIssue({ code: 'custom', message: isDomainError(error) ? `${error.code}: ${error.message}` : 'not an amount' });
        return z.NEVER;
      }
    });

export const money = moneyUpTo(MONEY_LIMIT);

/** Baht as a plain decimal string (fund rules), at most `limit`. */
export const moneyJsonUpTo = (limit: Money) =>
  z
    .string()
    .regex(BAHT_DECIMAL)
    .describe(`Baht as a decimal string, e.g. "30.00"; at most ${limit.format()}`)
    .superRefine((text, context) => {
      // Refinements run even when the pattern failed; that failure is already reported.
      if (!BAHT_DECIMAL.test(text)) return;
      const amount = Money.parse(text);
      if (amount.isGreaterThan(limit)) context.addIssue(aboveLimit(amount, limit));
    });

export const moneyJson = moneyJsonUpTo(MONEY_LIMIT);
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('A date, YYYY-MM-DD (CE)');
export const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/);
export const text = z.string().min(1).max(500);
export const citizenId = z.string().max(40).describe('13-digit Thai citizen ID; events get only its keyed hash');
/** A person's full name with title (ชื่อ-นามสกุล); kept only encrypted, never in an event. */
export const personName = z.string().trim().min(1).max(200).describe('Full name with title, e.g. "นายบุญมี ศรีสวัสดิ์"; kept only encrypted');
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{7,18}$/)
  .describe('Phone number, e.g. "081-234-5678"; kept only encrypted');
