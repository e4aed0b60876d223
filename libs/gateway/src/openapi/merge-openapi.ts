import { refusalResponses } from '@kongthun/http';

type Json = Record<string, unknown>;
type Document = Json & {
  paths?: Record<string, Record<string, Json>>;
  components?: Record<string, Record<string, unknown>>;
  tags?: { name: string }[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** What every route through the gateway can also answer: the gateway's own refusals. */
const GATEWAY_RESPONSES = refusalResponses(['gateway.downstream-unavailable', 'gateway.bulkhead-full', 'gateway.timeout']);

/** Adds the gateway's refusals to an operation; a status the service already documents gets their examples too. */
const withGatewayRefusals = (operation: Json): Json => {
  const responses = { ...(operation.responses as Record<string, Json>) };
  for (const [status, added] of Object.entries(GATEWAY_RESPONSES) as [string, Json][]) {
    const existing = responses[status];
    if (existing === undefined) {
      responses[status] = added;
      continue;
    }
    const content = (existing.content as Record<string, Json> | undefined)?.['application/json'] ?? {};
    const addedContent = (added.content as Record<string, Json>)['application/json'];
    responses[status] = {
      ...existing,
      description: `${existing.description as string}; ${added.description as string}`,
      content: {
        'application/json': {
          schema: content.schema ?? addedContent.schema,
          examples: { ...(content.examples as Json), ...(addedContent.examples as Json) },
        },
      },
    };
  }
  return { ...operation, responses };
};

/**
 * One document of every service behind the gateway: their paths (each already under its /api/<name>),
 * their components and tags, each operation with the gateway's own refusals; the services' /health
 * stay theirs, the gateway documents its own. `unavailable` lists services whose document could not be read.
 */
export const mergeOpenApi = (documents: Document[], gateway: { version: string; health: Json; unavailable: string[] }): Document => {
  const paths: Record<string, Record<string, Json>> = { '/health': gateway.health as Record<string, Json> };
  const components: Record<string, Record<string, unknown>> = {};
  const tags = new Map<string, { name: string }>();
  for (const document of documents) {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (path === '/health') continue;
      paths[path] = Object.fromEntries(
        Object.entries(item).map(([method, operation]) => [method, METHODS.includes(method) ? withGatewayRefusals(operation) : operation]),
      );
    }
    for (const [kind, entries] of Object.entries(document.components ?? {})) components[kind] = { ...entries, ...components[kind] };
    for (const tag of document.tags ?? []) tags.set(tag.name, tag);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kongthun (กองทุน) API through the gateway',
      description: `Every service under one address: /api/welfare, /api/grants, /api/relief, /api/audit, /api/finance, /api/identity and /api/auth. Errors: {code, message, messageTh, details}.${
        gateway.unavailable.length > 0 ? ` Not shown now, as their documents could not be read: ${gateway.unavailable.join(', ')}.` : ''
      }`,
      version: gateway.version,
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
    servers: [{ url: '/', description: 'The gateway' }],
    paths,
    components,
    ...(tags.size > 0 ? { tags: [...tags.values()] } : {}),
  };
};
