import { z } from 'zod/v4';
import { LedgerEvent } from '@kongthun/audit-ledger';

const json = z.record(z.string(), z.unknown());

/**
 * The envelope every context publishes (whatever its data): the ledger checks the frame only,
 * because it must keep events of contexts it does not know the contracts of.
 */
export const ledgerEventSchema = z.object({
  id: z.string().min(1),
  type: z.string().regex(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*){2,}$/),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1),
  streamRevision: z.string().regex(/^\d+$/),
  globalPosition: z.string().regex(/^\d+$/).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
  prevHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  data: json,
  metadata: json,
});

export const parseLedgerEvent = (value: unknown): LedgerEvent | { problem: string } => {
  const parsed = ledgerEventSchema.safeParse(value);
  if (parsed.success) return parsed.data as LedgerEvent;
  return { problem: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ') };
};
