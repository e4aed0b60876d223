import { Consumer, ConsumeOptions, MessageBus, topicOfContext } from '@kongthun/messaging';
import { parseWelfareEvent } from '@kongthun/welfare-contracts';
import { FundProjection } from './fund-projection';

export interface StartRetry {
  attempts: number;
  delayMs: number;
}

/**
 * The distributed service's feed of the fund views: `kongthun.welfare.events` into the projection.
 * Kafka keys messages by stream id, so each stream's events arrive in revision order; streams of
 * one fund may arrive in any order between them, which the views allow for. A message that breaks
 * the contract is dead-lettered at once; a gap, a failing store, or a claim or member event whose
 * claim or member is not projected yet is retried, then dead-lettered (and every later event of
 * that stream with it, as gaps), never skipped. Once the cause is fixed, `kongthun dlq replay
 * welfare --all` sends them back in order and the views catch up.
 *
 * `groupId` should name the database the views live in: a new database then starts a new group
 * from the beginning of the topic, which rebuilds the views (given the topic keeps every event).
 */
export const consumeWelfareEvents = async (
  bus: MessageBus,
  projection: FundProjection,
  groupId: string,
  retry: StartRetry = { attempts: 5, delayMs: 1_000 },
): Promise<Consumer> => {
  const options: ConsumeOptions = {
    groupId,
    topics: [topicOfContext('welfare')],
    fromBeginning: true,
    handle: async (message) => {
      const event = parseWelfareEvent(message.value);
      await projection.project({
        streamId: event.streamId,
        streamRevision: BigInt(event.streamRevision),
        type: event.type,
        data: event.data,
        recordedAt: event.recordedAt,
      });
    },
  };
  // On a fresh broker the first join can fail with UNKNOWN_TOPIC_OR_PARTITION: the dead-letter
  // topic created a moment before is not yet in every metadata answer. It is there a second later.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await bus.consume(options);
    } catch (error) {
      if (attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
};
