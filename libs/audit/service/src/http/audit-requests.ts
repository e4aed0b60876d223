import { z } from 'zod/v4';
import { CASE_RESOLUTIONS, REFERRAL_AGENCIES } from '@kongthun/audit-cases';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/**
 * A witness's co-signature of a tree head the log signed (as `cosignTreeHead` makes it). The tree
 * head stays open to extra fields: a witness posts back the head it fetched, signatures and all.
 */
export const cosignatureRequest = z.strictObject({
  treeHead: z.object({ origin: z.string(), treeSize: z.number().int().nonnegative(), rootHash: hex(32), timestamp: z.string() }),
  signature: z.strictObject({
    signer: z.literal('witness'),
    name: z.string().min(1).max(200).optional(),
    keyId: hex(32),
    publicKey: z.string().min(1),
    signature: z.string().min(1),
  }),
});

export const noteRequest = z.strictObject({ noteId: z.string().min(1).max(100), text: z.string().min(1).max(5_000) });

export const closeRequest = z.strictObject({
  resolution: z.enum(CASE_RESOLUTIONS),
  referredTo: z.enum(REFERRAL_AGENCIES).nullable().default(null),
  reason: z.string().min(1).max(5_000),
});
