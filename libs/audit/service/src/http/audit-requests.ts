import { z } from 'zod/v4';
import { CASE_RESOLUTIONS, REFERRAL_AGENCIES } from '@kongthun/audit-cases';

const hex = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-f]{${bytes * 2}}$`));

/** A witness's co-signature of a tree head the log signed (as `cosignTreeHead` makes it). */
export const cosignatureRequest = z.object({
  treeHead: z.object({ origin: z.string(), treeSize: z.number().int().nonnegative(), rootHash: hex(32), timestamp: z.string() }),
  signature: z.object({
    signer: z.literal('witness'),
    name: z.string().min(1).max(200).optional(),
    keyId: hex(32),
    publicKey: z.string().min(1),
    signature: z.string().min(1),
  }),
});

export const noteRequest = z.object({ noteId: z.string().min(1).max(100), text: z.string().min(1).max(5_000) });

export const closeRequest = z.object({
  resolution: z.enum(CASE_RESOLUTIONS),
  referredTo: z.enum(REFERRAL_AGENCIES).nullable().default(null),
  reason: z.string().min(1).max(5_000),
});
