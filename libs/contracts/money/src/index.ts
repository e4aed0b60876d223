export { MONEY_CONTRACT, MONEY_CONTRACT_TOPIC, MONEY_CONTRACT_VERSION } from './money-topic';
export { UpcasterRegistry } from './upcaster-registry';
export type { Upcaster } from './upcaster-registry';
export { ContractViolation } from './contract-violation';
export {
  COMMITMENT_KINDS,
  DISBURSEMENT_KINDS,
  MONEY_IN_SOURCES,
  MONEY_MESSAGE_TYPES,
  PAYMENT_METHODS,
  UNDOABLE_TYPES,
  moneyDataSchemas,
  moneyMessageSchema,
} from './money-message.schema';
export type {
  MoneyApprover,
  MoneyCovers,
  MoneyDocument,
  MoneyMessage,
  MoneyMessageOf,
  MoneyMessageType,
  MoneyParty,
  SourceEventRef,
} from './money-message.schema';
export { moneyUpcasters, parseMoneyMessage } from './parse-money-message';
export { moneyMessageId } from './money-message-id';
export { moneyBusMessage } from './money-message-out';
export type { MoneyBusMessage } from './money-message-out';
