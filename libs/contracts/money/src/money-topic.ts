/** The contract's name and current version; every message carries both. */
export const MONEY_CONTRACT = 'kongthun.money' as const;
export const MONEY_CONTRACT_VERSION = 1 as const;

/**
 * The one topic every programme publishes its movements of money to, keyed by the source stream
 * so that one programme unit's messages keep their order.
 */
export const MONEY_CONTRACT_TOPIC = 'kongthun.money.events' as const;
