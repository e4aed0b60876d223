import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { openApiSchemaOf, ZodBody } from '@kongthun/http';

/** One schema, two uses: the OpenAPI body of a route (with an example) and the pipe that validates it. */
export const body = <Schema extends z.ZodType>(schema: Schema, example?: unknown) =>
  [ApiBody({ schema: { ...openApiSchemaOf(schema), ...(example === undefined ? {} : { example }) } }), new ZodBody(schema)] as const;
