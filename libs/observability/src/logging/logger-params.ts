import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { DestinationStream, Level } from 'pino';
import type { Params } from 'nestjs-pino';
import { currentTraceContext } from '../context/trace-context';
import { REDACTED_PATHS, REDACTION_CENSOR } from './redaction';

export const REQUEST_ID_HEADER = 'x-request-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';

export interface LoggingOptions {
  /** `service` on every line: which process wrote it. */
  service: string;
  /** LOG_LEVEL, info by default; `silent` in tests that do not read the lines. */
  level?: Level | 'silent';
  /** Where lines go (stdout by default); tests pass a stream to read them. */
  destination?: DestinationStream;
}

/** The request id: the caller's (a gateway's) when it sent one of a sane shape, else a new one. */
export const requestIdOf = (req: IncomingMessage): string => {
  const given = req.headers[REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && /^[\w.:-]{1,128}$/.test(value) ? value : randomUUID();
};

/** A path without its query string: a query may carry a name or a phone number. */
const pathOnly = (url: string | undefined): string => (url ?? '').split('?')[0];

/** nestjs-pino's settings: JSON lines, the trace ids on each, personal data redacted. */
export const loggerParams = (options: LoggingOptions): Params => ({
  pinoHttp: [
    {
      level: options.level ?? 'info',
      base: { service: options.service },
      redact: { paths: REDACTED_PATHS, censor: REDACTION_CENSOR },
      // Every line, inside a request or a consumer's handling of an event: its trace ids.
      mixin: () => ({ ...currentTraceContext() }),
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? requestIdOf(req),
      customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { correlationId?: string }).correlationId }),
      serializers: {
        req: (req: { id: string; method: string; url: string; headers: Record<string, unknown> }) => ({
          id: req.id,
          method: req.method,
          url: pathOnly(req.url),
          headers: { authorization: req.headers.authorization, 'user-agent': req.headers['user-agent'] },
        }),
        res: (res: ServerResponse & { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // Probes and scrapes every few seconds would drown the lines that matter.
      autoLogging: { ignore: (req: IncomingMessage) => ['/health', '/metrics'].includes(pathOnly(req.url)) },
    },
    options.destination ?? process.stdout,
  ],
});
