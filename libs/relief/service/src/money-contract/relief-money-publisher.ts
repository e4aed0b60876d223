import { EventStore, fold, RecordedEvent } from '@kongthun/event-sourcing';
import { KeyedHasher } from '@kongthun/kernel';
import { CheckpointStore, EventLogPublisher, MessageBus, OutgoingMessage, PublisherOptions } from '@kongthun/messaging';
import { moneyBusMessage, parseMoneyMessage } from '@kongthun/money-contract';
import { declarationDecider, DeclaredZone, declarationStreamId } from '@kongthun/relief-domain';
import { declarationCodec, isReliefEventType } from '../commands/relief-event-codec';
import { reliefMoneyMessages } from './relief-money-messages';

export const RELIEF_MONEY_PUBLISHER = 'relief.money-contract';

/** The declaration as of a revision of its stream: an amended zone is published as it then stood. */
const zoneAt = async (store: EventStore, event: RecordedEvent): Promise<DeclaredZone | undefined> => {
  if (!event.type.startsWith('relief.zone.')) return undefined;
  const history = await store.readStream(declarationStreamId((event.data as { declarationId: string }).declarationId), {
    maxCount: Number(event.streamRevision) + 1,
  });
  const state = fold(
    declarationDecider,
    history.map((recorded) => declarationCodec.decode(recorded)),
  );
  return state.status === 'Declared' ? state : undefined;
};

/**
 * Relief's stored events as money-contract messages on `kongthun.money.events`, following the log
 * from its own checkpoint like welfare's publisher; every message is checked against the contract
 * before it leaves.
 */
export const reliefMoneyTranslator =
  (store: EventStore, hasher: KeyedHasher) =>
  async (event: RecordedEvent, source: string): Promise<OutgoingMessage[]> => {
    if (!isReliefEventType(event.type)) return [];
    return reliefMoneyMessages(event, await zoneAt(store, event), hasher.keyId).map((message) =>
      moneyBusMessage(parseMoneyMessage(message), source),
    );
  };

export const reliefMoneyPublisher = (
  store: EventStore,
  bus: MessageBus,
  checkpoints: CheckpointStore,
  hasher: KeyedHasher,
  options: Partial<PublisherOptions> = {},
): EventLogPublisher =>
  new EventLogPublisher(store, bus, checkpoints, {
    name: RELIEF_MONEY_PUBLISHER,
    source: '/kongthun/disaster-relief',
    ...options,
    toMessages: reliefMoneyTranslator(store, hasher),
  });
