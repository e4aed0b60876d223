import { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** Headers of one connection (RFC 9110 §7.6.1), never passed on; the body's length is set anew. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

const endToEnd = (headers: IncomingHttpHeaders): [string, string | string[]][] =>
  Object.entries(headers).filter((entry): entry is [string, string | string[]] => entry[1] !== undefined && !HOP_BY_HOP.has(entry[0]));

/** What the service gets: the client's end-to-end headers, who forwarded it, and the body's length. */
export const headersToService = (
  headers: IncomingHttpHeaders,
  clientAddress: string | undefined,
  body?: Buffer,
): Record<string, string> => {
  const out: Record<string, string> = Object.fromEntries(
    endToEnd(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
  );
  const forwardedFor = [headers['x-forwarded-for'], clientAddress].filter(Boolean).join(', ');
  if (forwardedFor) out['x-forwarded-for'] = forwardedFor;
  if (body !== undefined) out['content-length'] = String(body.length);
  return out;
};

/** What the client gets of the service's answer headers. */
export const headersToClient = (headers: IncomingHttpHeaders): OutgoingHttpHeaders => Object.fromEntries(endToEnd(headers));
