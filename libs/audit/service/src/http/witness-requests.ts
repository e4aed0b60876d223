import { z } from 'zod/v4';

/** An administrator registers a witness: who it is, and the Ed25519 public key its co-signatures will carry. */
export const witnessRegistrationRequest = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** PEM (`-----BEGIN PUBLIC KEY-----`), base64 SPKI DER or base64 raw key; the key id is derived from it. */
  publicKeyPem: z.string().min(1).max(2_000),
});

export const witnessRevocationRequest = z.strictObject({ reason: z.string().trim().min(1).max(2_000) });
