import { Consumer, MessageBus } from '@kongthun/messaging';
import { MONEY_CONTRACT_TOPIC, parseMoneyMessage } from '@kongthun/money-contract';
import { FinanceStore } from '../store/finance-store';

/** Finance's own consumer group on the money topic, apart from the auditor's. */
export const FINANCE_CONSUMER_GROUP = 'kongthun-finance';

/**
 * Feeds the books from the money contract topic, from its beginning (a new group, or an emptied
 * store, rebuilds them). A message that breaks the contract throws a ContractViolation, which is
 * permanent: the bus dead-letters it at once. A redelivered message changes nothing, its id being the key.
 */
export const startFinanceConsumer = (bus: MessageBus, store: FinanceStore, groupId = FINANCE_CONSUMER_GROUP): Promise<Consumer> =>
  bus.consume({
    groupId,
    topics: [MONEY_CONTRACT_TOPIC],
    fromBeginning: true,
    handle: async (incoming) => void (await store.apply([parseMoneyMessage(incoming.value)])),
  });
