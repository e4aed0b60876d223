export { moneyContractSuite } from './money-contract-suite';
export type { MoneyContractProducer, MoneyContractStory, StoredSourceEvent, StoryPerson } from './money-contract-suite';
export { moneyMessage } from './money-message-factory';
export type { MoneyEnvelopeOverrides } from './money-message-factory';
