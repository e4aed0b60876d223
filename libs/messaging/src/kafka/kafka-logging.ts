import { Logger } from '@nestjs/common';
import { LogEntry, logCreator, logLevel } from 'kafkajs';

/** What the Kafka adapter logs to: consumer crashes, rejoins, handler failures, dead letters. */
export interface BusLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export const nestBusLogger = (context: string): BusLogger => {
  const logger = new Logger(context);
  return {
    log: (message) => logger.log(message),
    warn: (message) => logger.warn(message),
    error: (message, error) =>
      logger.error(message, error instanceof Error ? error.stack : error === undefined ? undefined : String(error)),
  };
};

/**
 * kafkajs lines we know and do not want as warnings:
 * - the idempotent producer with bounded retries: we promise at-least-once, not exactly-once, and
 *   bounded retries are what lets publish() fail during an outage (see producerRetry);
 * - our own ConsumerStoppedError out of eachMessage: stop() during a backoff, on purpose, so the
 *   offset stays uncommitted.
 */
const expected = (entry: LogEntry): boolean =>
  entry.log.message.startsWith('Limiting retries for the idempotent producer') ||
  (entry.log.message === 'Error when calling eachMessage' && String(entry.log.error).includes('ConsumerStoppedError'));

/**
 * kafkajs' Connection logs every error response at ERROR, also those its own code answers by
 * retrying or rejoining (a heartbeat during a rebalance, the coordinator still loading). Those are
 * routine here; when they do end an operation, the operation's caller sees (and logs) the error.
 */
const routineResponses = [
  'The group is rebalancing, so a rejoin is needed',
  'The group coordinator is not available',
  "The coordinator is loading and hence can't process requests for this group",
  'This is not the correct coordinator for this group',
  'There is no leader for this topic-partition as we are in the middle of a leadership election',
  'This server is not the leader for that topic-partition',
  'Topic with this name already exists',
];
const routine = (entry: LogEntry): boolean =>
  entry.namespace === 'Connection' && entry.log.message.startsWith('Response ') && routineResponses.includes(String(entry.log.error));

export const kafkaLogCreator =
  (logger: BusLogger): logCreator =>
  () =>
  (entry) => {
    if (expected(entry)) return;
    const { message, error } = entry.log;
    const text = `[kafkajs ${entry.namespace}] ${message}${error ? `: ${String(error)}` : ''}`;
    if (routine(entry)) logger.log(text);
    else if (entry.level <= logLevel.ERROR) logger.error(text);
    else if (entry.level === logLevel.WARN) logger.warn(text);
    else logger.log(text);
  };
