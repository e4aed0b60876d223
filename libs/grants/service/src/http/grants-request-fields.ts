import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { openApiSchemaOf, ZodBody } from '@kongthun/http';
import { isDomainError, Money } from '@kongthun/kernel';

/** The largest amount one grants field takes (1,000,000,000.00 baht), as in welfare. */
const LIMIT = Money.ofBaht(1_000_000_000);

/** Baht as people write it (`1,200.00`), parsed exactly into satang. */
export const money = z
  .string()
  .max(40)
  .describe('Baht with satang, e.g. "1,200.00"')
  .transform((text, context) => {
    try {
      const amount = Money.parse(text);
      if (amount.isGreaterThan(LIMIT)) {
        context.addIssue({
          code: 'custom',
          message: `money.above-limit: above ${LIMIT.format()} baht`,
          params: { refusal: 'money.above-limit', limit: LIMIT.toJSON() },
        });
        return z.NEVER;
      }
      return amount;
    } catch (error) {
      context.addIssue({ code: 'custom', message: isDomainError(error) ? `${error.code}: ${error.message}` : 'not an amount' });
      return z.NEVER;
    }
  });
export const moneyJson = z
  .string()
  .regex(/^\d{1,13}\.\d{2}$/)
  .describe('Baht as a decimal string, e.g. "2000000.00"');
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
export const areaCode = z
  .string()
  .regex(/^\d{2}(\d{2}(\d{2})?)?$/)
  .describe('DOPA area code: province 2 digits, district 4, subdistrict 6');
export const sha256 = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/)
  .describe('SHA-256 of the scanned receipt document, hex; stored only as a keyed hash');

/** One schema, two uses: the OpenAPI body (with a worked example) and the pipe that validates it. */
export const body = <Schema extends z.ZodType>(schema: Schema, example: z.input<Schema>) =>
  [ApiBody({ schema: { ...openApiSchemaOf(schema), example } }), new ZodBody(schema)] as const;
