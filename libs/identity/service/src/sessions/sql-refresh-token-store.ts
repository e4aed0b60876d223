import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { Consumed, RefreshTokenRecord, RefreshTokenStore } from './refresh-token-store';

const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.identity_refresh_tokens (
  id          text        PRIMARY KEY,
  user_id     text        NOT NULL,
  family_id   text        NOT NULL,
  secret_hash text        NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX IF NOT EXISTS identity_refresh_tokens_family ON ${schema}.identity_refresh_tokens (family_id);
`;

/** Refresh tokens in PostgreSQL or PGlite; a row lock makes two concurrent uses of one token count as a reuse. */
export class SqlRefreshTokenStore implements RefreshTokenStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlRefreshTokenStore> {
    const schema = assertSchemaName(options.schema ?? 'kongthun');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.identity-refresh-tokens`]);
      await tx.exec(ddl(schema));
    });
    return new SqlRefreshTokenStore(sql, `${schema}.identity_refresh_tokens`);
  }

  async save(record: RefreshTokenRecord): Promise<void> {
    await this.sql.query(`INSERT INTO ${this.table} (id, user_id, family_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      record.id,
      record.userId,
      record.familyId,
      record.secretHash,
      record.expiresAt,
    ]);
  }

  async consume(id: string, secretHash: string, now: Date): Promise<Consumed> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ user_id: string; family_id: string; secret_hash: string; used: boolean; live: boolean }>(
        `SELECT user_id, family_id, secret_hash, used_at IS NOT NULL AS used, (revoked_at IS NULL AND expires_at > $2) AS live
           FROM ${this.table} WHERE id = $1 FOR UPDATE`,
        [id, now.toISOString()],
      );
      const row = rows[0];
      if (!row || row.secret_hash !== secretHash || !row.live) return { outcome: 'invalid' };
      if (row.used) {
        await tx.query(`UPDATE ${this.table} SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [
          row.family_id,
          now.toISOString(),
        ]);
        return { outcome: 'reused' };
      }
      await tx.query(`UPDATE ${this.table} SET used_at = $2 WHERE id = $1`, [id, now.toISOString()]);
      return { outcome: 'ok', userId: row.user_id, familyId: row.family_id };
    });
  }

  async revokeFamily(familyId: string, now: Date): Promise<void> {
    await this.sql.query(`UPDATE ${this.table} SET revoked_at = $2 WHERE family_id = $1 AND revoked_at IS NULL`, [
      familyId,
      now.toISOString(),
    ]);
  }
}
