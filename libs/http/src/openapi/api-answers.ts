import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { RefusalCode } from '../errors/refusal-statuses';
import { openApiSchemaOf } from '../validation/zod-body.pipe';

/** The extension under which a route lists the refusal codes it answers with; `completeOpenApiDocument` turns it into responses. */
export const REFUSES_EXTENSION = 'x-refuses';

export interface Answer<Schema extends z.ZodType> {
  /** 200 for reads (the default), 201 for commands. */
  status?: 200 | 201;
  description: string;
  /** What the route answers: the zod schema its output has (the same source the client is typed from). */
  schema: Schema;
  /** A realistic answer, checked against `schema` when the document is built. */
  example: z.output<Schema>;
  /**
   * The refusals this route itself can answer with. The ones every route shares need not be listed:
   * 401/403 on a route with a token, and 400/413 on a route with a body, are added to the document.
   */
  refuses?: readonly RefusalCode[];
}

/**
 * Documents what a route answers: its success body with a schema and an example, and its refusals
 * (`{code, message, messageTh, details}`) by status with an example per code. Any service's controller
 * uses it the same way.
 */
export const ApiAnswers = <Schema extends z.ZodType>(answer: Answer<Schema>) => {
  const checked = answer.schema.safeParse(answer.example);
  if (!checked.success) throw new Error(`The example of "${answer.description}" does not fit its schema: ${checked.error.message}`);
  return applyDecorators(
    ApiResponse({
      status: answer.status ?? 200,
      description: answer.description,
      content: { 'application/json': { schema: openApiSchemaOf(answer.schema, 'output'), example: answer.example } },
    }),
    ApiExtension(REFUSES_EXTENSION, [...(answer.refuses ?? [])]),
  );
};
