/**
 * Port of the idempotency record store (draft-ietf-httpapi-idempotency-key-header): one record per
 * key, scoped to the acting user and the request path so one user's key can never replay another
 * user's response or another route's.
 */
export interface IdempotencyScope {
  actorId: string;
  /** Method and path, e.g. `POST /api/welfare/funds/f-1/contributions`. */
  route: string;
  key: string;
}

/** What the first request answered, replayed byte for byte. */
export interface IdempotentOutcome {
  status: number;
  /** The response body as JSON text: text, not jsonb, so key order survives the round trip. */
  body: string;
}

export type IdempotencyClaim =
  /** First time: run the request, then `complete` or `release` with this token. */
  | { kind: 'started'; token: string }
  | { kind: 'replay'; outcome: IdempotentOutcome }
  /** Same key and body, first request still running. */
  | { kind: 'in-progress' }
  /** Same key, another body. */
  | { kind: 'key-reused' };

export interface IdempotencyStore {
  begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<IdempotencyClaim>;
  /** Records the outcome; a token whose claim was taken over (lease ran out) changes nothing. */
  complete(scope: IdempotencyScope, token: string, outcome: IdempotentOutcome): Promise<void>;
  /** Forgets an unfinished claim, so the same key may run again (a 5xx, an invalid body). */
  release(scope: IdempotencyScope, token: string): Promise<void>;
}

export interface IdempotencyPolicy {
  /** How long a completed key is kept and replayed (the draft asks servers to publish it): 24 hours. */
  ttlMs: number;
  /**
   * How long a started request holds its key. Past it the holder is presumed dead (a crash between
   * claim and completion) and the key may run again; the command's own id then refuses a duplicate.
   */
  leaseMs: number;
}

export const DEFAULT_IDEMPOTENCY_POLICY: IdempotencyPolicy = { ttlMs: 24 * 60 * 60 * 1000, leaseMs: 60 * 1000 };

export const IDEMPOTENCY_STORE = Symbol('kongthun.idempotency-store');
