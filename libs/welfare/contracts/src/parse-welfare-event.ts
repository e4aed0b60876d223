import { z } from 'zod/v4';
import { ContractViolation } from '@kongthun/money-contract';

export { ContractViolation } from '@kongthun/money-contract';
import { UpcasterRegistry, welfareUpcasters } from './upcasters';
import { WelfareEnvelope, welfareDataSchemas, welfareEnvelopeV1 } from './welfare-event-schemas';

const describe = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');

/** Parses a `kongthun.welfare.events` message value: envelope, upcast to the current version, data. */
export const parseWelfareEvent = (
  value: string,
  upcasters: UpcasterRegistry = welfareUpcasters,
  contracts = welfareDataSchemas,
): WelfareEnvelope => {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new ContractViolation('message value is not JSON');
  }
  const envelope = welfareEnvelopeV1.safeParse(json);
  if (!envelope.success) throw new ContractViolation(`envelope: ${describe(envelope.error)}`);
  const { type, schemaVersion, data } = envelope.data;
  const current = upcasters.upcast(type, schemaVersion, data);
  const contract = contracts[type];
  if (contract) {
    if (current.version !== contract.version)
      throw new ContractViolation(`${type} version ${current.version} has no upcaster to version ${contract.version}`);
    const parsed = contract.schema.safeParse(current.data);
    if (!parsed.success) throw new ContractViolation(`${type} data: ${describe(parsed.error)}`);
  }
  return { ...envelope.data, schemaVersion: current.version, data: current.data };
};
