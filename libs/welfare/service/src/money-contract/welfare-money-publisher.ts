import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { KeyedHasher } from '@kongthun/kernel';
import { CheckpointStore, EventLogPublisher, MessageBus, OutgoingMessage, PublisherOptions } from '@kongthun/messaging';
import { moneyBusMessage, parseMoneyMessage } from '@kongthun/money-contract';
import { isFundEventType } from '@kongthun/welfare-domain';
import { welfareMoneyMessages } from './welfare-money-messages';
import { welfareUnitFactsFrom } from './welfare-unit-facts';

/** The checkpoint name of welfare's money-contract publisher: it follows the log on its own. */
export const WELFARE_MONEY_PUBLISHER = 'welfare.money-contract';

/**
 * Translates welfare's stored events into money-contract messages on `kongthun.money.events`,
 * following the event log from its own checkpoint, like the event publisher: at least once, in
 * log order, never from a request path. Every message is checked against the contract before it
 * leaves: a translation bug stops the publisher (and shows in /health) instead of publishing
 * something consumers would dead-letter.
 */
export const welfareMoneyTranslator = (store: EventStore, hasher: KeyedHasher) => {
  const unitOf = welfareUnitFactsFrom(store);
  return async (event: RecordedEvent, source: string): Promise<OutgoingMessage[]> => {
    if (!isFundEventType(event.type)) return [];
    const unit = await unitOf((event.data as { fundId: string }).fundId);
    return welfareMoneyMessages(event, unit, hasher.keyId).map((message) => moneyBusMessage(parseMoneyMessage(message), source));
  };
};

export const welfareMoneyPublisher = (
  store: EventStore,
  bus: MessageBus,
  checkpoints: CheckpointStore,
  hasher: KeyedHasher,
  options: Partial<PublisherOptions> = {},
): EventLogPublisher =>
  new EventLogPublisher(store, bus, checkpoints, {
    name: WELFARE_MONEY_PUBLISHER,
    source: '/kongthun/welfare-fund',
    ...options,
    toMessages: welfareMoneyTranslator(store, hasher),
  });
