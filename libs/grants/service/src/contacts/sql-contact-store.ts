import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { ContactStore, SealedContact } from './contact-store';

/** Data keys in their own table, as welfare's: a shorter backup retention makes an erasure reach backups. */
const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.contacts (
  ref             text        PRIMARY KEY,
  organisation_id text        NOT NULL,
  sealed          text        NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE TABLE IF NOT EXISTS ${schema}.contact_data_keys (
  ref           text PRIMARY KEY REFERENCES ${schema}.contacts (ref) ON DELETE CASCADE,
  master_key_id text NOT NULL,
  wrapped       text NOT NULL
);
`;

/** Grants' encrypted contact persons in PostgreSQL or PGlite (schema `grants_personal_data` by default). */
export class SqlContactStore implements ContactStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlContactStore> {
    const schema = assertSchemaName(options.schema ?? 'grants_personal_data');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.contacts`]);
      await tx.exec(ddl(schema));
    });
    return new SqlContactStore(sql, schema);
  }

  async put(record: SealedContact, createdAt: Date): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${this.schema}.contacts (ref, organisation_id, sealed, created_at) VALUES ($1, $2, $3, $4)`, [
        record.ref,
        record.organisationId,
        record.sealed,
        createdAt.toISOString(),
      ]);
      await tx.query(`INSERT INTO ${this.schema}.contact_data_keys (ref, master_key_id, wrapped) VALUES ($1, $2, $3)`, [
        record.ref,
        record.dataKey.masterKeyId,
        record.dataKey.wrapped,
      ]);
    });
  }

  async get(ref: string): Promise<SealedContact | undefined> {
    const { rows } = await this.sql.query<{ ref: string; organisation_id: string; sealed: string; master_key_id: string; wrapped: string }>(
      `SELECT c.ref, c.organisation_id, c.sealed, k.master_key_id, k.wrapped
         FROM ${this.schema}.contacts c JOIN ${this.schema}.contact_data_keys k USING (ref) WHERE c.ref = $1`,
      [ref],
    );
    const row = rows[0];
    return (
      row && {
        ref: row.ref,
        organisationId: row.organisation_id,
        sealed: row.sealed,
        dataKey: { masterKeyId: row.master_key_id, wrapped: row.wrapped },
      }
    );
  }

  async discard(ref: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.schema}.contacts WHERE ref = $1`, [ref]);
  }
}
