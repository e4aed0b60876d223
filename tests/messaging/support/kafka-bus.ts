import { KafkaMessageBus } from '@kongthun/messaging';

/**
 * The crash scenarios restart a consumer in its group: the broker hands the partitions over only
 * once the killed member's session expires, 30 s by default. 6 s is the broker's minimum
 * (group.min.session.timeout.ms); redelivery after the crash is the same, only sooner.
 */
export const kafkaBus = (brokers: string, clientId: string) =>
  new KafkaMessageBus({
    brokers: brokers.split(','),
    clientId,
    consumer: { sessionTimeout: 6_000, heartbeatInterval: 300, rebalanceTimeout: 5_000, maxWaitTimeInMs: 100 },
  });
