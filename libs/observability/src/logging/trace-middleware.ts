import type { IncomingMessage, ServerResponse } from 'node:http';
import { runInTraceContext } from '../context/trace-context';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, requestIdOf } from './logger-params';

type TracedRequest = IncomingMessage & { id?: string; correlationId?: string };

/**
 * First on every request: gives it its id (echoed in `x-request-id`) and its correlation id (the
 * caller's `x-correlation-id`, else the request id), and runs the rest of the request in that
 * context, so a command appended there carries the id and every log line shows it.
 */
export const traceMiddleware = (req: TracedRequest, res: ServerResponse, next: () => void): void => {
  const requestId = requestIdOf(req);
  const given = req.headers[CORRELATION_ID_HEADER];
  const correlation = Array.isArray(given) ? given[0] : given;
  const correlationId = correlation && /^[\w.:-]{1,128}$/.test(correlation) ? correlation : requestId;
  req.id = requestId;
  req.correlationId = correlationId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.setHeader(CORRELATION_ID_HEADER, correlationId);
  runInTraceContext({ requestId, correlationId }, next);
};
