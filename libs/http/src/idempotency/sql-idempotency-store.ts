import { randomUUID } from 'node:crypto';
import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import {
  DEFAULT_IDEMPOTENCY_POLICY,
  IdempotencyClaim,
  IdempotencyPolicy,
  IdempotencyScope,
  IdempotencyStore,
  IdempotentOutcome,
} from './idempotency-store';

const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.idempotency_records (
  actor_id        text        NOT NULL,
  route           text        NOT NULL,
  idempotency_key text        NOT NULL,
  fingerprint     text        NOT NULL,
  claim_token     uuid        NOT NULL,
  status          integer,
  body            text,
  lease_until     timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  PRIMARY KEY (actor_id, route, idempotency_key)
);
CREATE INDEX IF NOT EXISTS idempotency_records_expiry ON ${schema}.idempotency_records (expires_at);
`;

/** Expired records are swept at most this often, in one statement, off the request's own transaction. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

/** Idempotency records in PostgreSQL or PGlite; the primary key makes concurrent first requests queue. */
export class SqlIdempotencyStore implements IdempotencyStore {
  private lastSweep = 0;

  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
    private readonly policy: IdempotencyPolicy,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string; policy?: IdempotencyPolicy } = {}): Promise<SqlIdempotencyStore> {
    const schema = assertSchemaName(options.schema ?? 'kongthun');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.idempotency`]);
      await tx.exec(ddl(schema));
    });
    return new SqlIdempotencyStore(sql, `${schema}.idempotency_records`, options.policy ?? DEFAULT_IDEMPOTENCY_POLICY);
  }

  async begin(scope: IdempotencyScope, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    await this.sweep(now);
    const at = now.getTime();
    const pk = [scope.actorId, scope.route, scope.key];
    return this.sql.transaction(async (tx) => {
      // An expired record, or a claim whose holder let its lease run out, no longer holds the key.
      await tx.query(
        `DELETE FROM ${this.table} WHERE actor_id = $1 AND route = $2 AND idempotency_key = $3
           AND (expires_at <= $4 OR (status IS NULL AND lease_until <= $4))`,
        [...pk, now.toISOString()],
      );
      const token = randomUUID();
      // A concurrent first request with the same key waits here for the other's commit, then inserts nothing.
      const inserted = await tx.query(
        `INSERT INTO ${this.table} (actor_id, route, idempotency_key, fingerprint, claim_token, lease_until, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING claim_token`,
        [...pk, fingerprint, token, new Date(at + this.policy.leaseMs).toISOString(), new Date(at + this.policy.ttlMs).toISOString()],
      );
      if (inserted.rows.length === 1) return { kind: 'started', token };
      const { rows } = await tx.query<{ fingerprint: string; status: number | null; body: string | null }>(
        `SELECT fingerprint, status, body FROM ${this.table} WHERE actor_id = $1 AND route = $2 AND idempotency_key = $3`,
        pk,
      );
      const record = rows[0];
      if (record === undefined) return { kind: 'in-progress' };
      if (record.fingerprint !== fingerprint) return { kind: 'key-reused' };
      if (record.status === null || record.body === null) return { kind: 'in-progress' };
      return { kind: 'replay', outcome: { status: Number(record.status), body: record.body } };
    });
  }

  async complete(scope: IdempotencyScope, token: string, outcome: IdempotentOutcome): Promise<void> {
    await this.sql.query(
      `UPDATE ${this.table} SET status = $5, body = $6
       WHERE actor_id = $1 AND route = $2 AND idempotency_key = $3 AND claim_token = $4 AND status IS NULL`,
      [scope.actorId, scope.route, scope.key, token, outcome.status, outcome.body],
    );
  }

  async release(scope: IdempotencyScope, token: string): Promise<void> {
    await this.sql.query(
      `DELETE FROM ${this.table} WHERE actor_id = $1 AND route = $2 AND idempotency_key = $3 AND claim_token = $4 AND status IS NULL`,
      [scope.actorId, scope.route, scope.key, token],
    );
  }

  private async sweep(now: Date): Promise<void> {
    if (now.getTime() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now.getTime();
    await this.sql.query(`DELETE FROM ${this.table} WHERE expires_at <= $1`, [now.toISOString()]);
  }
}
