import { Buffer } from 'buffer';
import { treeHeadBytes, verifyBundle, Verdict } from '@kongthun/audit-evidence';
import type { EvidenceBundle } from '@kongthun/audit-evidence';
import { rememberSignatureVerdict } from './node-crypto-in-browser';

/** Each Ed25519 signature on the bundle's tree head, checked by the browser's own WebCrypto. */
const checkSignaturesWithWebCrypto = async (bundle: EvidenceBundle): Promise<void> => {
  const head = bundle.treeHead;
  const data = new Uint8Array(treeHeadBytes(head));
  for (const signature of head.signatures ?? []) {
    const keyDer = Buffer.from(signature.publicKey, 'base64');
    const bytes = Buffer.from(signature.signature, 'base64');
    let valid = false;
    try {
      const key = await crypto.subtle.importKey('spki', new Uint8Array(keyDer), { name: 'Ed25519' }, false, ['verify']);
      valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, new Uint8Array(bytes), data);
    } catch {
      valid = false; // a key WebCrypto cannot read is no valid signature
    }
    rememberSignatureVerdict(keyDer, data, bytes, valid);
  }
};

/**
 * The offline verifier of `kongthun verify`, run in the page: signatures (WebCrypto), each event's
 * hash, its inclusion under the signed root, the chain, and a finding's completeness.
 */
export const verifyInBrowser = async (bundle: unknown, trustedKeys: readonly string[]): Promise<Verdict> => {
  if (typeof bundle === 'object' && bundle !== null && 'treeHead' in bundle) {
    try {
      await checkSignaturesWithWebCrypto(bundle as EvidenceBundle);
    } catch {
      // a malformed head is the verifier's to report, in its words
    }
  }
  return verifyBundle(bundle, trustedKeys.length ? { trustedKeys } : {});
};
