import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { Account, AccountStore } from './account-store';

const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.identity_accounts (
  user_id       text        PRIMARY KEY,
  display_name  text        NOT NULL,
  password_hash text,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
`;

/** Accounts in PostgreSQL or PGlite, beside the event store. */
export class SqlAccountStore implements AccountStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlAccountStore> {
    const schema = assertSchemaName(options.schema ?? 'kongthun');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.identity-accounts`]);
      await tx.exec(ddl(schema));
    });
    return new SqlAccountStore(sql, `${schema}.identity_accounts`);
  }

  async read(userId: string): Promise<Account | undefined> {
    const { rows } = await this.sql.query<{ user_id: string; display_name: string; password_hash: string | null }>(
      `SELECT user_id, display_name, password_hash FROM ${this.table} WHERE user_id = $1`,
      [userId],
    );
    const row = rows[0];
    return row && { userId: row.user_id, displayName: row.display_name, passwordHash: row.password_hash };
  }

  async saveDisplayName(userId: string, displayName: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.table} (user_id, display_name) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET display_name = EXCLUDED.display_name, updated_at = now()`,
      [userId, displayName],
    );
  }

  async savePasswordHash(userId: string, passwordHash: string): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.table} (user_id, display_name, password_hash) VALUES ($1, $1, $2)
       ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [userId, passwordHash],
    );
  }
}
