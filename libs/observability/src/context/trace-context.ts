import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The ids a log line carries wherever it is written: the HTTP request it serves (`requestId`) and
 * the command it belongs to (`correlationId`, which follows it into the events it appends, onto
 * Kafka as `ce_correlationid`, and into every consumer that handles them).
 */
export interface TraceContext {
  requestId?: string;
  correlationId?: string;
  /** The event a consumer is handling (its `ce_id`). */
  eventId?: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

export const runInTraceContext = <T>(context: TraceContext, work: () => T): T => storage.run(context, work);

export const currentTraceContext = (): TraceContext => storage.getStore() ?? {};

/** The correlation id of the command in progress, if there is one (the request's, when it came by HTTP). */
export const currentCorrelationId = (): string | undefined => storage.getStore()?.correlationId;

/** The Kafka header the correlation id travels in: a CloudEvents extension attribute (binary mode). */
export const CORRELATION_HEADER = 'ce_correlationid';
