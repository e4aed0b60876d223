import { MoneyMessageOf, MoneyMessageType } from '../money-message.schema';
import { moneyMessageId } from '../money-message-id';
import { MONEY_CONTRACT, MONEY_CONTRACT_VERSION } from '../money-topic';

let counter = 0;

/** Envelope fields a test may override; the rest get plausible, unique values. */
export type MoneyEnvelopeOverrides = Partial<
  Pick<MoneyMessageOf<MoneyMessageType>, 'programme' | 'unitId' | 'occurredOn' | 'recordedAt' | 'keyId' | 'source' | 'id'>
>;

/** A valid money message of `type` for tests of consumers (auditor, finance) that need no producer. */
export const moneyMessage = <T extends MoneyMessageType>(
  type: T,
  data: MoneyMessageOf<T>['data'],
  envelope: MoneyEnvelopeOverrides = {},
): MoneyMessageOf<T> => {
  counter += 1;
  const eventId = `0190f000-0000-7000-8000-${counter.toString(16).padStart(12, '0')}`;
  const unitId = envelope.unitId ?? 'fund-1';
  return {
    contract: MONEY_CONTRACT,
    schemaVersion: MONEY_CONTRACT_VERSION,
    id: envelope.id ?? moneyMessageId(eventId, 0),
    type,
    programme: envelope.programme ?? 'welfare',
    unitId,
    occurredOn: envelope.occurredOn ?? '2026-01-15',
    recordedAt: envelope.recordedAt ?? '2026-01-15T03:00:00.000Z',
    keyId: envelope.keyId ?? 'hk-0123456789abcdef',
    source: envelope.source ?? {
      eventId,
      streamId: `test-${unitId}`,
      streamRevision: String(counter),
      type: `test.${type}`,
      hash: counter.toString(16).padStart(64, '0'),
    },
    data,
  } as MoneyMessageOf<T>;
};
