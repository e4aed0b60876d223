import { Consumer, eventFromMessage, MessageBus, topicOfContext } from '@kongthun/messaging';
import { ReliefProjection } from './relief-projection';

/**
 * The distributed service's feed of the relief views: its own `kongthun.relief.events` (the
 * envelopes the event-log publisher sends) into the projection. Kafka keys by stream id, so each
 * bucket's events arrive in revision order; a gap or a failing store is retried, then
 * dead-lettered, never skipped. `groupId` should name the views' database: a new database starts
 * a new group from the beginning of the topic, which rebuilds the views.
 */
export const consumeReliefEvents = async (
  bus: MessageBus,
  projection: ReliefProjection,
  groupId: string,
  retry: { attempts: number; delayMs: number } = { attempts: 5, delayMs: 1_000 },
): Promise<Consumer> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await bus.consume({
        groupId,
        topics: [topicOfContext('relief')],
        fromBeginning: true,
        handle: async (message) => void (await projection.project(eventFromMessage(message.value))),
      });
    } catch (error) {
      // A fresh broker may not list the dead-letter topic in every metadata answer for a moment.
      if (attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
};
