import { z } from 'zod/v4';
import { ContractViolation } from './contract-violation';
import { MoneyMessage, moneyEnvelopeSchema, moneyMessageSchema } from './money-message.schema';
import { MONEY_CONTRACT_VERSION } from './money-topic';
import { UpcasterRegistry } from './upcaster-registry';

/** No money message has a second version yet; new versions register their upcasters here. */
export const moneyUpcasters = new UpcasterRegistry();

const describe = (error: z.ZodError): string =>
  error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/**
 * Reads one money message (a Kafka value or a stored row): JSON, envelope, upcast to the current
 * version, then the whole message strictly. Anything else is a {@link ContractViolation}, which a
 * consumer dead-letters at once.
 */
export const parseMoneyMessage = (value: string | unknown, upcasters: UpcasterRegistry = moneyUpcasters): MoneyMessage => {
  let json: unknown = value;
  if (typeof value === 'string') {
    try {
      json = JSON.parse(value);
    } catch {
      throw new ContractViolation('money message is not JSON');
    }
  }
  const envelope = moneyEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new ContractViolation(`money envelope: ${describe(envelope.error)}`);
  const { type, schemaVersion, data } = envelope.data;
  const current = upcasters.upcast(type, schemaVersion, data);
  if (current.version !== MONEY_CONTRACT_VERSION) {
    throw new ContractViolation(`${type} version ${schemaVersion} has no upcaster to version ${MONEY_CONTRACT_VERSION}`);
  }
  const parsed = moneyMessageSchema.safeParse({ ...envelope.data, schemaVersion: current.version, data: current.data });
  if (!parsed.success) throw new ContractViolation(`${type}: ${describe(parsed.error)}`);
  return parsed.data;
};
