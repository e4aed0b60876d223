import { Logger } from '@nestjs/common';
import { CORRELATION_HEADER, metrics, runInTraceContext } from '@kongthun/observability';
import {
  DEAD_LETTER_HEADERS,
  IncomingMessage,
  OutgoingMessage,
  RetryPolicy,
  deadLetterTopicOf,
  isPermanentMessageError,
} from '../bus/message-bus';

/**
 * The delivery policy both adapters share, so "retry, then dead-letter" means the same thing
 * in the embedded mode and on Kafka. (It sits here rather than in bus/ only because bus/ is
 * owned elsewhere; it imports nothing but the port.)
 */
export type Delivered = Omit<IncomingMessage, 'attempt'>;

export interface DeliveryHooks {
  /** Waits out a backoff; rejects with ConsumerStoppedError when the consumer stops meanwhile. */
  wait(ms: number): Promise<void>;
  /** Resolves once the dead-letter message is acknowledged; a rejection must keep the offset uncommitted. */
  deadLetter(message: OutgoingMessage): Promise<void>;
  onFailure?(message: Delivered, attempt: number, error: unknown): void;
  /** The consumer group, for the metrics and the log lines. */
  group?: string;
}

const logger = new Logger('MessageBus');

/** Thrown out of a delivery that was cut short by stop(): the offset must not be committed. */
export class ConsumerStoppedError extends Error {
  constructor() {
    super('consumer stopped before the message was handled');
    this.name = 'ConsumerStoppedError';
  }
}

/**
 * Calls `handle` until it resolves or `retry.attempts` are spent, doubling the backoff, then
 * dead-letters. Resolves when the offset may be committed; rejects when it must not be.
 */
export function deliverWithRetry(
  message: Delivered,
  handle: (message: IncomingMessage) => Promise<void>,
  retry: RetryPolicy,
  hooks: DeliveryHooks,
): Promise<'handled' | 'dead-lettered'> {
  // The handler's log lines (and those of its failures) carry the command's correlation id.
  const context = { correlationId: message.headers[CORRELATION_HEADER], eventId: message.headers.ce_id };
  return runInTraceContext(context, () => deliver(message, handle, retry, hooks));
}

async function deliver(
  message: Delivered,
  handle: (message: IncomingMessage) => Promise<void>,
  retry: RetryPolicy,
  hooks: DeliveryHooks,
): Promise<'handled' | 'dead-lettered'> {
  const labels = { topic: message.topic, group: hooks.group ?? 'unknown' };
  let lastError: unknown;
  let attempts = 0;
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    attempts = attempt;
    try {
      await handle({ ...message, headers: { ...message.headers }, attempt });
      metrics.handled.inc(labels);
      logger.debug(`${labels.group} handled ${message.topic}/${message.partition}@${message.offset} ${message.headers.ce_type ?? ''}`);
      return 'handled';
    } catch (error) {
      lastError = error;
      hooks.onFailure?.(message, attempt, error);
      if (isPermanentMessageError(error)) break;
    }
    if (attempt < retry.attempts) await hooks.wait(retry.initialBackoffMs * 2 ** (attempt - 1));
  }
  await hooks.deadLetter(deadLetterOf(message, lastError, attempts));
  metrics.deadLetters.inc(labels);
  return 'dead-lettered';
}

export function deadLetterOf(message: Delivered, error: unknown, attempts: number): OutgoingMessage {
  return {
    topic: deadLetterTopicOf(message.topic),
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      [DEAD_LETTER_HEADERS.error]: describeError(error),
      [DEAD_LETTER_HEADERS.sourceTopic]: message.topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(message.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: message.offset,
      [DEAD_LETTER_HEADERS.attempts]: String(attempts),
    },
  };
}

/** `Name: message`, bounded: a header is no place for a whole stack trace. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : safeString(error);
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

function safeString(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * A backoff that can be cut short: it rejects with the signal's reason (ConsumerStoppedError on
 * stop(); on Kafka also a failed heartbeat, i.e. a rebalance the consumer must go and join).
 */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  const reasonOf = (): unknown => signal.reason ?? new ConsumerStoppedError();
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(reasonOf());
    const onAbort = () => {
      clearTimeout(timer);
      reject(reasonOf());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
