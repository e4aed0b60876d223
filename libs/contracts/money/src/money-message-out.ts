import { MoneyMessage } from './money-message.schema';
import { MONEY_CONTRACT_TOPIC } from './money-topic';

/** A bus message by structure (the messaging library's `OutgoingMessage`), without depending on it. */
export interface MoneyBusMessage {
  topic: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * A money message on `kongthun.money.events`, keyed by the source stream so that a unit's
 * messages keep their order, with CloudEvents 1.0 headers (Kafka binary binding).
 */
export const moneyBusMessage = (message: MoneyMessage, ceSource: string): MoneyBusMessage => ({
  topic: MONEY_CONTRACT_TOPIC,
  key: message.source.streamId,
  value: JSON.stringify(message),
  headers: {
    ce_specversion: '1.0',
    ce_id: message.id,
    ce_type: message.type,
    ce_source: ceSource,
    ce_subject: `${message.programme}/${message.unitId}`,
    ce_time: message.recordedAt,
    ce_dataschemaversion: String(message.schemaVersion),
    'content-type': 'application/json',
  },
});
