import { OpenAPIObject } from '@nestjs/swagger';

/**
 * Nest's scanner still writes OpenAPI 3.0 keywords (`nullable`, boolean `exclusiveMinimum`) in what
 * it makes itself; OpenAPI 3.1 schemas are JSON Schema 2020-12, so these are rewritten to it.
 */
const rewrite = (node: unknown): unknown => {
  if (Array.isArray(node)) return node.map(rewrite);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, rewrite(value)]));
  if (nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  for (const [flag, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag] === true && typeof out[bound] === 'number') out[flag] = out[bound];
      else delete out[flag];
      if (typeof out[flag] === 'number') delete out[bound];
    }
  }
  return out;
};

export const completeSchemaKeywords = (document: OpenAPIObject): OpenAPIObject => rewrite(document) as OpenAPIObject;
