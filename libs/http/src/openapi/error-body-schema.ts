import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { RefusalCode, REFUSAL_STATUSES } from '../errors/refusal-statuses';

/** The name of the refusal body in `components.schemas`. */
export const ERROR_BODY_SCHEMA = 'ErrorBody';

/** `ErrorBody` as JSON Schema: what every 4xx and 5xx answer carries. */
export const errorBodySchema: SchemaObject = {
  type: 'object',
  required: ['code', 'message', 'messageTh'],
  properties: {
    code: { type: 'string', description: 'Stable dotted code for machines, e.g. claim.waiting-period', examples: ['claim.waiting-period'] },
    message: { type: 'string', description: 'What went wrong, in English' },
    messageTh: { type: 'string', description: 'What went wrong, in Thai (ภาษาไทย)' },
    details: { type: 'object', additionalProperties: true, description: 'Facts behind the refusal, by code' },
  },
};

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is malformed',
  401: 'No token, or a bad one',
  403: 'The caller may not do this',
  404: 'What the path names does not exist',
  409: 'Already done, or raced by another request',
  410: 'Gone on purpose',
  413: 'The body is over the limit',
  422: 'A business rule refused it',
  429: 'Too many requests',
  500: 'The server failed',
  503: 'A service it needs is unavailable',
  504: 'A service it needs did not answer in time',
};

/** One OpenAPI response per status for `codes`, each with the error body and an example per code. */
export const refusalResponses = (codes: readonly RefusalCode[]): Record<string, object> => {
  const byStatus = new Map<number, RefusalCode[]>();
  for (const code of [...new Set(codes)]) byStatus.set(REFUSAL_STATUSES[code], [...(byStatus.get(REFUSAL_STATUSES[code]) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, statusCodes]) => [
      String(status),
      {
        description: `${STATUS_TEXT[status] ?? 'Refused'}: ${statusCodes.join(', ')}`,
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${ERROR_BODY_SCHEMA}` },
            examples: Object.fromEntries(
              statusCodes.map((code) => [code, { summary: code, value: { code, message: `Refused: ${code}`, messageTh: 'คำขอถูกปฏิเสธ' } }]),
            ),
          },
        },
      },
    ]),
  );
};
