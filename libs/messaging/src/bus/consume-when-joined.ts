import { Consumer, ConsumeOptions, MessageBus } from './message-bus';

export interface JoinRetry {
  attempts: number;
  delayMs: number;
}

/**
 * `bus.consume`, tried again while the group cannot join yet: on a fresh broker the first join can
 * fail with UNKNOWN_TOPIC_OR_PARTITION, the dead-letter topic created a moment before not yet being
 * in every metadata answer. It is there a second later.
 */
export const consumeWhenJoined = async (
  bus: MessageBus,
  options: ConsumeOptions,
  retry: JoinRetry = { attempts: 5, delayMs: 1_000 },
): Promise<Consumer> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await bus.consume(options);
    } catch (error) {
      if (attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
};
