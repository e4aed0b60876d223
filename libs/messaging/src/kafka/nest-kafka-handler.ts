import { CallHandler, ExecutionContext, Logger, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { KafkaContext, KafkaRetriableException } from '@nestjs/microservices';
import { Observable, catchError, from, tap } from 'rxjs';
import { OutgoingMessage } from '../bus/message-bus';
import { Delivered, deadLetterOf, describeError } from '../in-process/deliver-with-retry';

/**
 * For NestJS apps that consume through @nestjs/microservices' Kafka transport (ServerKafka) instead
 * of KafkaMessageBus. What that transport does with a handler error (11.2.6, server-kafka.js):
 * - @MessagePattern (a request with correlation id and reply topic): any error but a
 *   KafkaRetriableException becomes the error reply, eachMessage resolves and kafkajs commits the
 *   offset: the message is gone. Only a KafkaRetriableException is rethrown into kafkajs.
 * - @EventPattern: handleEvent awaits the handler's observable, so every error reaches kafkajs
 *   (a plain Error as the object `{ status: 'error', message: 'Internal server error' }`). kafkajs
 *   then commits nothing and fetches the message again, for ever: a poison event stops its
 *   partition, with only kafkajs' retrier backoff in between and a consumer restart every
 *   `retry.retries` failures. An exception filter that swallows errors would commit instead.
 * So neither path has a bound. This interceptor makes the outcome explicit: a failure becomes a
 * KafkaRetriableException (redelivered, offset not committed) until `attempts` failures, then the
 * message goes to `<topic>.dlq` with the error and its headers and the offset is committed.
 */
export interface KafkaRetryOptions {
  /** Attempts in all, the first included, before the message is dead-lettered. */
  attempts: number;
  /** Publishes the dead letter; default: the transport's own producer (KafkaContext.getProducer()). */
  deadLetter?: (message: OutgoingMessage) => Promise<void>;
}

/** Counts attempts across redeliveries. In memory: after a rebalance another instance starts at 1 again. */
export class KafkaRetryInterceptor implements NestInterceptor {
  private static readonly logger = new Logger('KafkaRetry');
  private readonly failures = new Map<string, number>();

  constructor(private readonly options: KafkaRetryOptions) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const kafka = context.switchToRpc().getContext<unknown>();
    if (!(kafka instanceof KafkaContext)) return next.handle();
    const id = `${kafka.getTopic()}/${kafka.getPartition()}@${kafka.getMessage().offset}`;
    return next.handle().pipe(
      tap({ complete: () => this.failures.delete(id) }),
      catchError((error: unknown) => from(this.onFailure(kafka, id, error))),
    );
  }

  /** Rejects with a KafkaRetriableException (redelivery) or resolves after dead-lettering (commit). */
  async onFailure(kafka: KafkaContext, id: string, error: unknown): Promise<undefined> {
    const attempt = (this.failures.get(id) ?? 0) + 1;
    const log = `${id} failed (attempt ${attempt}/${this.options.attempts}): ${describeError(error)}`;
    if (attempt < this.options.attempts) {
      KafkaRetryInterceptor.logger.warn(log);
      this.rememberFailure(id, attempt);
      throw new KafkaRetriableException(log);
    }
    const dead = deadLetterOf(deliveredOf(kafka), error, attempt);
    try {
      await (this.options.deadLetter ?? producerOf(kafka))(dead);
    } catch (publishError) {
      // Not committed: the next delivery runs the handler once more, then tries the dead letter again.
      throw new KafkaRetriableException(`dead-lettering ${id} failed: ${describeError(publishError)}`);
    }
    this.failures.delete(id);
    KafkaRetryInterceptor.logger.error(`${log}; sent to ${dead.topic}`);
    return undefined;
  }

  /** Bounded: entries of messages that moved to another instance would otherwise stay for ever. */
  private rememberFailure(id: string, attempt: number): void {
    this.failures.delete(id);
    this.failures.set(id, attempt);
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value as string);
  }
}

/** `@RetryThenDeadLetter({ attempts: 5 })` on an @EventPattern / @MessagePattern handler (or a controller). */
export const RetryThenDeadLetter = (options: KafkaRetryOptions): MethodDecorator & ClassDecorator =>
  UseInterceptors(new KafkaRetryInterceptor(options));

/** The message as it came from Kafka. The transport has parsed it already: undo that for the dead letter. */
function deliveredOf(kafka: KafkaContext): Delivered {
  const raw = kafka.getMessage();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw.headers ?? {})) if (value !== undefined) headers[name] = text(value);
  return {
    topic: kafka.getTopic(),
    partition: kafka.getPartition(),
    offset: raw.offset,
    key: text(raw.key),
    value: text(raw.value),
    headers,
  };
}

/**
 * KafkaParser turns values starting with { or [ into objects (re-serialised here, so whitespace and
 * number formats may differ from the original bytes; the transport's `parser: { keepBinary: true }`
 * keeps them exact) and leaves binary values (first byte 0x00) as Buffers.
 */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString();
  return JSON.stringify(value);
}

const producerOf = (kafka: KafkaContext) => async (message: OutgoingMessage) => {
  await kafka
    .getProducer()
    .send({ topic: message.topic, acks: -1, messages: [{ key: message.key, value: message.value, headers: message.headers }] });
};
