import { MoneyMessage } from '@kongthun/money-contract';

/** A message as evidence: the programme event it was translated from (held in the ledger) and its own id. */
export interface Evidence {
  eventId: string;
  streamId: string;
  messageId: string;
}

export const evidenceOf = (message: MoneyMessage): Evidence => ({
  eventId: message.source.eventId,
  streamId: message.source.streamId,
  messageId: message.id,
});
