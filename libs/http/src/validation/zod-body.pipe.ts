import { PipeTransform } from '@nestjs/common';
import { z } from 'zod/v4';
import { RefusalException } from '../errors/refusal-exception';
import { isRefusalCode, RefusalCode } from '../errors/refusal-statuses';
import { fieldsWithControlCharacters } from './control-characters';

type Issue = z.core.$ZodIssue;

const THAI: Partial<Record<RefusalCode, string>> = {
  'request.unknown-fields': 'มีช่องข้อมูลที่ระบบไม่รู้จัก',
  'money.above-limit': 'จำนวนเงินเกินวงเงินสูงสุดที่ระบบรับได้',
};

const pathOf = (issue: Issue): string => issue.path.join('.');
const unknownFieldsOf = (issues: Issue[]): string[] =>
  issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : []));

/** A field may name its own refusal (`params.refusal`, e.g. `money.above-limit`); else unknown fields or plain invalid. */
const codeOf = (issues: Issue[]): RefusalCode => {
  const named = issues
    .map((issue) => (issue.code === 'custom' ? (issue.params?.refusal as unknown) : undefined))
    .find((code) => typeof code === 'string');
  if (typeof named === 'string' && isRefusalCode(named)) return named;
  return issues.every((issue) => issue.code === 'unrecognized_keys') ? 'request.unknown-fields' : 'request.invalid';
};

/**
 * Validates and converts a request body with its zod schema; a refusal names every bad field. Runs
 * before the handler, so nothing a refused body holds is stored anywhere.
 */
export class ZodBody<Schema extends z.ZodType> implements PipeTransform<unknown, z.output<Schema>> {
  constructor(private readonly schema: Schema) {}

  transform(value: unknown): z.output<Schema> {
    const controlled = fieldsWithControlCharacters(value);
    if (controlled.length > 0) {
      throw new RefusalException(
        'request.control-character',
        `Control characters (such as NUL or a line break) are not accepted in: ${controlled.join(', ')}`,
        'ข้อมูลมีอักขระควบคุมที่ไม่อนุญาต',
        { fields: controlled },
      );
    }
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const issues = result.error.issues;
    const code = codeOf(issues);
    const unknownFields = unknownFieldsOf(issues);
    const described = issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${unknownFieldsOf([issue]).join(', ')}`
        : `${pathOf(issue) || '(body)'}: ${issue.message}`,
    );
    throw new RefusalException(
      code,
      `Invalid request: ${described.join('; ')}`,
      `${THAI[code] ?? 'ข้อมูลที่ส่งมาไม่ถูกต้อง'}${unknownFields.length > 0 ? `: ${unknownFields.join(', ')}` : ''}`,
      {
        issues: issues.map((issue) => ({ path: pathOf(issue), message: issue.message })),
        ...(unknownFields.length > 0 ? { unknownFields } : {}),
      },
    );
  }
}

/** The schema as OpenAPI: the same source as the validation, so the docs cannot drift from it. */
export const openApiSchemaOf = (schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> => {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return jsonSchema;
};
