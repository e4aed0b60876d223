import { ArgumentsHost, HttpException } from '@nestjs/common';
import { isDomainError } from '@kongthun/kernel';
import { EventStoreError } from '@kongthun/event-sourcing';
import { RefusalExceptionFilter } from '../errors/refusal-exception.filter';
import { IdempotentOutcome } from './idempotency-store';

/**
 * The status and body a refusal is answered with, taken from `RefusalExceptionFilter` itself so a
 * replay is exactly what the first response was. Undefined for anything that is not a refusal
 * (a crash): that one is answered by the filter as a 500 and never stored.
 */
export const refusalOutcomeOf = (exception: unknown): IdempotentOutcome | undefined => {
  if (!isDomainError(exception) && !(exception instanceof EventStoreError) && !(exception instanceof HttpException)) return undefined;
  let outcome: IdempotentOutcome | undefined;
  const response = {
    status: (status: number) => ({ json: (body: unknown) => void (outcome = { status, body: JSON.stringify(body) }) }),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new RefusalExceptionFilter().catch(exception, host);
  return outcome;
};

/** Refusals of the request rather than of the operation: the client is expected to fix and resend them. */
const NOT_REPLAYED_STATUSES = new Set([400, 401, 403, 408, 429]);

/**
 * Which outcomes a key keeps. The draft: a retry gets "the result of the previously completed
 * operation, success or an error". So a business refusal (409 duplicate, 404, 422 yearly cap) is
 * kept: retrying the same key must not turn a refusal into a payment because the state moved on.
 * Not kept: an invalid or unauthorised request (400/401/403, which the client must correct, and
 * the draft says a corrected request under the same key is expected), a lost optimistic-concurrency
 * race (the command changed nothing and may simply be retried) and any 5xx (nothing is known to
 * have happened; the append is atomic, and a retry is what the header is for).
 */
export const isReplayable = (outcome: IdempotentOutcome): boolean => {
  if (outcome.status >= 200 && outcome.status < 300) return true;
  if (outcome.status < 400 || outcome.status >= 500 || NOT_REPLAYED_STATUSES.has(outcome.status)) return false;
  return (JSON.parse(outcome.body) as { code?: unknown }).code !== 'eventstore.wrong-expected-revision';
};
