import { sign, verify } from 'node:crypto';
import { keyIdOf, parsePublicKey, publicKeyBase64, SigningKey } from './signing-key';
import { headOf, TreeHead, treeHeadBytes } from './tree-head';

/** `log`: the audit service that keeps the ledger; `witness`: another party vouching it saw the same head. */
export type SignerRole = 'log' | 'witness';

/** One Ed25519 signature over treeHeadBytes(head); every signer signs the same bytes. */
export interface HeadSignature {
  signer: SignerRole;
  /** Who the witness is (e.g. a provincial audit office); informative, not signed. */
  name?: string;
  /** keyIdOf(publicKey): lets a verifier match the signature to a key it trusts. */
  keyId: string;
  /** Base64 SPKI DER. */
  publicKey: string;
  /** Base64 of the 64-byte Ed25519 signature. */
  signature: string;
}

/** A tree head with every signature collected for it, the log's first. */
export interface SignedTreeHead extends TreeHead {
  signatures: HeadSignature[];
}

export function signatureOver(head: TreeHead, key: SigningKey, signer: SignerRole, name?: string): HeadSignature {
  return {
    signer,
    ...(name === undefined ? {} : { name }),
    keyId: key.keyId,
    publicKey: publicKeyBase64(key.publicKey),
    signature: sign(null, treeHeadBytes(head), key.privateKey).toString('base64'),
  };
}

/** The log signs a head of its own ledger. */
export function signTreeHead(head: TreeHead, key: SigningKey): SignedTreeHead {
  return { ...headOf(head), signatures: [signatureOver(head, key, 'log')] };
}

/** A witness's co-signature: the same bytes under the witness's key. */
export function cosignTreeHead(head: TreeHead, witnessKey: SigningKey, name?: string): HeadSignature {
  return signatureOver(head, witnessKey, 'witness', name);
}

/**
 * Adds a signature, keeping every earlier one; a second signature by the same key replaces
 * nothing and is dropped (Ed25519 is deterministic, so it would be the same bytes anyway).
 */
export function withSignature(sth: SignedTreeHead, signature: HeadSignature): SignedTreeHead {
  if (sth.signatures.some((s) => s.keyId === signature.keyId)) return sth;
  return { ...sth, signatures: [...sth.signatures, signature] };
}

/** Why `signature` is not a valid signature of `head`, or undefined when it is. */
export function headSignatureProblem(head: TreeHead, signature: HeadSignature): string | undefined {
  try {
    const key = parsePublicKey(signature.publicKey);
    if (keyIdOf(key) !== signature.keyId) return 'key id does not match the public key';
    const bytes = Buffer.from(signature.signature, 'base64');
    if (bytes.length !== 64) return 'signature is not 64 bytes';
    return verify(null, treeHeadBytes(head), key, bytes) ? undefined : 'signature does not match the tree head';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export const verifyHeadSignature = (head: TreeHead, signature: HeadSignature): boolean =>
  headSignatureProblem(head, signature) === undefined;
