import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { RefusalCode } from '../errors/refusal-statuses';
import { REFUSES_EXTENSION } from './api-answers';
import { ERROR_BODY_SCHEMA, errorBodySchema, refusalResponses } from './error-body-schema';
import { completeSchemaKeywords } from './openapi-3-1-schema';

/** Marks a route that needs no token (set by `Public()`), so its document lists no security and no 401. */
export const PUBLIC_EXTENSION = 'x-public';

export interface OpenApiInfo {
  title: string;
  description: string;
  version: string;
}

/** Where a service serves its document: the UI at /api/docs, the JSON at /api/docs-json. */
export const OPENAPI_PATH = 'api/docs';

const TOKEN_REFUSALS: RefusalCode[] = ['auth.missing-token', 'auth.invalid-token', 'auth.forbidden', 'auth.out-of-scope'];
const BODY_REFUSALS: RefusalCode[] = ['request.invalid', 'request.unknown-fields', 'request.control-character', 'request.too-large'];
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Operation = Record<string, unknown> & { responses?: Record<string, unknown>; security?: unknown[]; requestBody?: unknown };

/**
 * Finishes what Nest's scanner made: the error body as a shared schema, every route's refusals as
 * responses (its own `x-refuses`, plus the token and body refusals every such route shares), and
 * schema keywords as OpenAPI 3.1 reads them.
 */
export const completeOpenApiDocument = (document: OpenAPIObject): OpenAPIObject => {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (path as Record<string, Operation | undefined>)[method];
      if (operation === undefined) continue;
      const isPublic = operation[PUBLIC_EXTENSION] === true;
      const own = (operation[REFUSES_EXTENSION] as RefusalCode[] | undefined) ?? [];
      delete operation[REFUSES_EXTENSION];
      delete operation[PUBLIC_EXTENSION];
      if (isPublic) operation.security = [];
      const codes = [...(isPublic ? [] : TOKEN_REFUSALS), ...(operation.requestBody ? BODY_REFUSALS : []), ...own];
      operation.responses = { ...operation.responses, ...refusalResponses(codes) };
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, [ERROR_BODY_SCHEMA]: errorBodySchema } };
  return completeSchemaKeywords(document);
};

/** The service's OpenAPI 3.1 document, as a client generator reads it. */
export const createOpenApiDocument = (app: INestApplication, info: OpenApiInfo): OpenAPIObject =>
  completeOpenApiDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setOpenAPIVersion('3.1.0')
        .setTitle(info.title)
        .setDescription(info.description)
        .setVersion(info.version)
        .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
        .addServer('/', 'This host')
        .addBearerAuth()
        .build(),
    ),
  );

/** Serves the document at /api/docs (UI) and /api/docs-json; the gateway merges these. */
export const serveOpenApi = (app: INestApplication, info: OpenApiInfo): OpenAPIObject => {
  const document = createOpenApiDocument(app, info);
  SwaggerModule.setup(OPENAPI_PATH, app, document);
  return document;
};
