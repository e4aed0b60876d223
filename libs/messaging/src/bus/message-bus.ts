/**
 * The bus port: what services need of Kafka, with the same semantics in the in-process adapter.
 * Per-key order, consumer groups, at-least-once delivery, redelivery after a handler failure,
 * and a dead-letter topic once retries are spent.
 */
export interface OutgoingMessage {
  topic: string;
  /** Messages with one key keep their order (Kafka: same partition). The publisher uses the stream id. */
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface IncomingMessage extends OutgoingMessage {
  partition: number;
  offset: string;
  /** 1 on first delivery to this handler; higher on redelivery within one consumer run. */
  attempt: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included, before the message is dead-lettered. */
  attempts: number;
  /** Backoff before the second attempt; doubles each time. */
  initialBackoffMs: number;
}

export interface ConsumeOptions {
  /** Consumer group: each group receives every message once (at least). */
  groupId: string;
  topics: string[];
  fromBeginning?: boolean;
  retry?: RetryPolicy;
  /**
   * Handles one message. The offset is committed only after it resolves, or after the message went
   * to the dead-letter topic (`<topic>.dlq`, with the error and the original headers).
   */
  handle: (message: IncomingMessage) => Promise<void>;
}

export interface Consumer {
  stop(): Promise<void>;
}

export interface MessageBus {
  /** Resolves once the broker acknowledged every message (Kafka: acks from all in-sync replicas). */
  publish(messages: readonly OutgoingMessage[]): Promise<void>;
  consume(options: ConsumeOptions): Promise<Consumer>;
  close(): Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialBackoffMs: 100 };

export const deadLetterTopicOf = (topic: string): string => `${topic}.dlq`;

/** Headers a dead-lettered message carries besides its original ones. */
export const DEAD_LETTER_HEADERS = {
  error: 'kt_dlq_error',
  sourceTopic: 'kt_dlq_source_topic',
  sourcePartition: 'kt_dlq_source_partition',
  sourceOffset: 'kt_dlq_source_offset',
  attempts: 'kt_dlq_attempts',
} as const;

/** An error no retry can cure, such as a message that breaks its contract: dead-lettered at once. */
export class PermanentMessageError extends Error {
  readonly permanent = true;
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PermanentMessageError';
  }
}

export const isPermanentMessageError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { permanent?: unknown }).permanent === true;
