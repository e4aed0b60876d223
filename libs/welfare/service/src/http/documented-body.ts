import { ApiBody } from '@nestjs/swagger';
import { z } from 'zod/v4';
import { openApiSchemaOf, ZodBody } from '@kongthun/http';

/** One schema, two uses: the OpenAPI body of a route and the pipe that validates it. */
export const body = <Schema extends z.ZodType>(schema: Schema) =>
  [ApiBody({ schema: openApiSchemaOf(schema) }), new ZodBody(schema)] as const;
