import { KafkaMessageBus } from '@kongthun/messaging';

export const kafkaBus = (brokers: string, clientId: string) => new KafkaMessageBus({ brokers: brokers.split(','), clientId });
