import { BusLogger } from './kafka-logging';
import { KafkaMessageBusOptions } from './kafka-message-bus';

/** Collects what the bus logs; prints errors unless the test expects them (dead letters always are). */
export const quietLogger = (print = true): BusLogger & { errors: string[] } => {
  const errors: string[] = [];
  return {
    errors,
    log: () => undefined,
    warn: () => undefined,
    error: (message, error) => {
      errors.push(message);
      if (print && !message.includes('dead-letter topic')) process.stderr.write(`kafka bus error: ${message} ${String(error ?? '')}\n`);
    },
  };
};

/**
 * Test timings. The broker refuses a session timeout under 6 s (group.min.session.timeout.ms);
 * heartbeats and empty-fetch waits are short so joins, rebalances and stop() take well under 1 s.
 */
export const testBusOptions = (brokers: string, clientId: string, logger: BusLogger = quietLogger()): KafkaMessageBusOptions => ({
  brokers: brokers.split(','),
  clientId,
  logger,
  consumer: { sessionTimeout: 6_000, heartbeatInterval: 300, rebalanceTimeout: 5_000, maxWaitTimeInMs: 100, restartDelayMs: 500 },
});
