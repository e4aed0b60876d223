import { Consumer, consumeWhenJoined, eventFromMessage, MessageBus, topicOfContext } from '@kongthun/messaging';
import { FundCommitteeProcess } from './fund-committee-process';

/**
 * The distributed identity service's feed of committees: `kongthun.welfare.events` into
 * `FundCommitteeProcess`, from the beginning of the topic, so a new identity database makes every
 * fund's committee users again. At least once: a redelivered event finds its users and adds nothing.
 * A message that is not an event envelope, or a failing store, is retried, then dead-lettered
 * (`kongthun dlq replay welfare`), so a committee is never silently left without users.
 */
export const consumeFundCommittees = (bus: MessageBus, process: FundCommitteeProcess, groupId: string): Promise<Consumer> =>
  consumeWhenJoined(bus, {
    groupId,
    topics: [topicOfContext('welfare')],
    fromBeginning: true,
    handle: (message) => process.handle(eventFromMessage(message.value)),
  });
