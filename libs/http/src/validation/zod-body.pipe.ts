import { HttpException, PipeTransform } from '@nestjs/common';
import { z } from 'zod/v4';

/** Validates and converts a request body with its zod schema; a refusal names every bad field. */
export class ZodBody<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    throw new HttpException(
      {
        code: 'request.invalid',
        message: `Invalid request: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`).join('; ')}`,
        messageTh: 'ข้อมูลที่ส่งมาไม่ถูกต้อง',
        details: { issues: result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) },
      },
      400,
    );
  }
}

/** The schema as OpenAPI: the same source as the validation, so the docs cannot drift from it. */
export const openApiSchemaOf = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return jsonSchema;
};
