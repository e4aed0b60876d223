import { createPublicKey, KeyObject } from 'node:crypto';

export interface JwksKeysOptions {
  /** How long fetched keys are trusted before the next fetch. */
  maxAgeMs?: number;
  /** The least time between two fetches, so that tokens naming unknown kids cannot hammer the provider. */
  minRefetchMs?: number;
}

/**
 * The provider's published signing keys (RFC 7517), fetched and cached by key id. An unknown kid
 * triggers one fetch (key rotation), no more often than `minRefetchMs`.
 *
 * Written here rather than taken from `jwks-rsa`: its version 4 loads `jose`, an ES-module-only
 * package that jest's CommonJS runtime cannot load, and every suite importing this library would
 * fail. Node's `crypto.createPublicKey({ format: 'jwk' })` does the hard part.
 */
export class JwksKeys {
  private keys = new Map<string, KeyObject>();
  private fetchedAt = 0;
  private fetching?: Promise<void>;

  constructor(
    private readonly uri: string,
    private readonly options: JwksKeysOptions = {},
  ) {}

  async key(kid: string): Promise<KeyObject> {
    const { maxAgeMs = 10 * 60_000, minRefetchMs = 30_000 } = this.options;
    const age = Date.now() - this.fetchedAt;
    if (age > maxAgeMs || (!this.keys.has(kid) && age > minRefetchMs))
      await (this.fetching ??= this.fetch().finally(() => (this.fetching = undefined)));
    const key = this.keys.get(kid);
    if (!key) throw new Error(`no signing key ${kid} at ${this.uri}`);
    return key;
  }

  private async fetch(): Promise<void> {
    const response = await fetch(this.uri, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) throw new Error(`JWKS ${this.uri} answered ${response.status}`);
    const { keys } = (await response.json()) as { keys?: { kid?: string; kty?: string; use?: string }[] };
    const next = new Map<string, KeyObject>();
    for (const jwk of keys ?? [])
      if (typeof jwk.kid === 'string' && jwk.kty === 'RSA' && (jwk.use === undefined || jwk.use === 'sig'))
        next.set(jwk.kid, createPublicKey({ key: jwk as never, format: 'jwk' }));
    this.keys = next;
    this.fetchedAt = Date.now();
  }
}
