import { EventStore, RecordedEvent } from '@kongthun/event-sourcing';
import { bangkokDateOf, KeyedHasher } from '@kongthun/kernel';
import { BudgetEvent, BudgetOpened, budgetStreamId, isProjectEventType, ProjectEvent } from '@kongthun/grants-domain';
import { CheckpointStore, EventLogPublisher, MessageBus, OutgoingMessage, PublisherOptions } from '@kongthun/messaging';
import {
  MONEY_CONTRACT,
  MONEY_CONTRACT_VERSION,
  MoneyMessage,
  moneyBusMessage,
  moneyMessageId,
  parseMoneyMessage,
} from '@kongthun/money-contract';
import { AnyDraft, BudgetFacts, budgetDraftsOf, GRANTS_PROGRAMME, projectDraftsOf } from './grants-money-drafts';

/** The checkpoint name of grants' money-contract publisher: it follows the log on its own. */
export const GRANTS_MONEY_PUBLISHER = 'grants.money-contract';

const dayOf = (instant: string): string => {
  const { year, month, day } = bangkokDateOf(new Date(instant));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The money messages of one stored grants event, each pointing back at it. */
export const grantsMoneyMessages = (event: RecordedEvent, drafts: AnyDraft[], keyId: string): MoneyMessage[] =>
  drafts.map(
    ({ unitId, ...draft }, index) =>
      ({
        contract: MONEY_CONTRACT,
        schemaVersion: MONEY_CONTRACT_VERSION,
        id: moneyMessageId(event.id, index),
        programme: GRANTS_PROGRAMME,
        unitId,
        recordedAt: event.recordedAt,
        keyId,
        source: {
          eventId: event.id,
          streamId: event.streamId,
          streamRevision: event.streamRevision.toString(),
          type: event.type,
          hash: event.hash,
        },
        ...draft,
      }) as MoneyMessage,
  );

/** Reads a budget's opening (its first event) once per budget: the funder every allocation names. */
const budgetFactsFrom = (store: EventStore) => {
  const known = new Map<string, BudgetFacts>();
  return async (programmeId: string, fiscalYear: number): Promise<BudgetFacts> => {
    const streamId = budgetStreamId(programmeId, fiscalYear);
    const cached = known.get(streamId);
    if (cached) return cached;
    const [first] = await store.readStream(streamId, { maxCount: 1 });
    if (first?.type !== 'grants.budget.opened') throw new Error(`budget ${streamId} has no opening to publish money messages under`);
    const facts = { funder: (first.data as BudgetOpened['data']).funder };
    known.set(streamId, facts);
    return facts;
  };
};

/** Translates one stored event of any context: grants events become money messages, others nothing. */
export const grantsMoneyTranslation = (store: EventStore, keyId: string) => {
  const budgetFacts = budgetFactsFrom(store);
  return async (event: RecordedEvent): Promise<MoneyMessage[]> => {
    if (event.type.startsWith('grants.budget.')) {
      const budget = { type: event.type, data: event.data } as BudgetEvent;
      return grantsMoneyMessages(event, budgetDraftsOf(budget, await budgetFacts(budget.data.programmeId, budget.data.fiscalYear)), keyId);
    }
    if (isProjectEventType(event.type))
      return grantsMoneyMessages(
        event,
        projectDraftsOf({ type: event.type, data: event.data } as ProjectEvent, dayOf(event.recordedAt)),
        keyId,
      );
    return [];
  };
};

/**
 * Grants' money-contract publisher, like welfare's: follows the event log from its own checkpoint
 * and checks every message against the contract before it leaves, so a translation bug stops the
 * publisher (and shows in /health) rather than publishing what consumers would dead-letter.
 */
export const grantsMoneyPublisher = (
  store: EventStore,
  bus: MessageBus,
  checkpoints: CheckpointStore,
  hasher: KeyedHasher,
  options: Partial<PublisherOptions> = {},
): EventLogPublisher => {
  const translate = grantsMoneyTranslation(store, hasher.keyId);
  return new EventLogPublisher(store, bus, checkpoints, {
    name: GRANTS_MONEY_PUBLISHER,
    source: '/kongthun/grants',
    ...options,
    toMessages: async (event, source): Promise<OutgoingMessage[]> =>
      (await translate(event)).map((message) => moneyBusMessage(parseMoneyMessage(message), source)),
  });
};
