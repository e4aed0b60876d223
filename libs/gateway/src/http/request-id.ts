import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a client may send as its request id: short, visible ASCII; anything else is replaced, not trusted. */
const ACCEPTABLE = /^[\x21-\x7e]{1,128}$/;

/**
 * The request's id: the client's `x-request-id` when it is a sane one, else a new UUID. It is
 * answered to the client and passed to the service, so one id follows the request through the logs.
 */
export const requestIdOf = (request: IncomingMessage): string => {
  const given = request.headers[REQUEST_ID_HEADER];
  const text = Array.isArray(given) ? given[0] : given;
  return text !== undefined && ACCEPTABLE.test(text) ? text : randomUUID();
};

/** Express-style middleware: settles the id once, on the request's headers and the response's. */
export const requestIdMiddleware = (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
  const id = requestIdOf(request);
  request.headers[REQUEST_ID_HEADER] = id;
  response.setHeader(REQUEST_ID_HEADER, id);
  next();
};
