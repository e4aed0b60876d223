import { randomUUID } from 'node:crypto';
import {
  DEFAULT_IDEMPOTENCY_POLICY,
  IdempotencyClaim,
  IdempotencyPolicy,
  IdempotencyScope,
  IdempotencyStore,
  IdempotentOutcome,
} from './idempotency-store';

interface MemoryRecord {
  fingerprint: string;
  token: string;
  outcome: IdempotentOutcome | null;
  leaseUntil: number;
  expiresAt: number;
}

/** For unit tests and the embedded host without a data folder; one process only. */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, MemoryRecord>();

  constructor(private readonly policy: IdempotencyPolicy = DEFAULT_IDEMPOTENCY_POLICY) {}

  async begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    const id = keyOf(scope);
    const at = now.getTime();
    const existing = this.records.get(id);
    if (existing && (existing.expiresAt <= at || (existing.outcome === null && existing.leaseUntil <= at))) this.records.delete(id);
    const record = this.records.get(id);
    if (record === undefined) {
      const token = randomUUID();
      this.records.set(id, { fingerprint, token, outcome: null, leaseUntil: at + this.policy.leaseMs, expiresAt: at + this.policy.ttlMs });
      return { kind: 'started', token };
    }
    if (record.fingerprint !== fingerprint) return { kind: 'key-reused' };
    return record.outcome === null ? { kind: 'in-progress' } : { kind: 'replay', outcome: { ...record.outcome } };
  }

  async complete(scope: IdempotencyScope, token: string, outcome: IdempotentOutcome): Promise<void> {
    const record = this.records.get(keyOf(scope));
    if (record?.token === token && record.outcome === null) record.outcome = { ...outcome };
  }

  async release(scope: IdempotencyScope, token: string): Promise<void> {
    const record = this.records.get(keyOf(scope));
    if (record?.token === token && record.outcome === null) this.records.delete(keyOf(scope));
  }
}

const keyOf = (scope: IdempotencyScope): string => JSON.stringify([scope.actorId, scope.route, scope.key]);
