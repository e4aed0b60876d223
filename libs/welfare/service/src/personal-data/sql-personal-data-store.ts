import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { Erasure, SealedPersonalData, StoredPersonalData } from './personal-data';
import { PersonalDataStore } from './personal-data-store';

/**
 * Data keys sit in their own table so they can be backed up on a shorter retention than the
 * records and the event log: an erasure must reach backups within 90 days (PDPA), and a backup of
 * ciphertext without its key is already erased.
 */
const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.records (
  ref        text        PRIMARY KEY,
  fund_id    text        NOT NULL,
  member_id  text        NOT NULL,
  sealed     text,
  created_at timestamptz NOT NULL,
  erased_at  timestamptz,
  erased_by  text,
  CHECK ((sealed IS NULL) = (erased_at IS NOT NULL))
);
CREATE TABLE IF NOT EXISTS ${schema}.data_keys (
  ref           text PRIMARY KEY REFERENCES ${schema}.records (ref) ON DELETE CASCADE,
  master_key_id text NOT NULL,
  wrapped       text NOT NULL
);
`;

interface RecordRow {
  ref: string;
  fund_id: string;
  member_id: string;
  sealed: string | null;
  erased_at: Date | string | null;
  erased_by: string | null;
  master_key_id: string | null;
  wrapped: string | null;
}

/** The encrypted personal-data store in PostgreSQL or PGlite. */
export class SqlPersonalDataStore implements PersonalDataStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlPersonalDataStore> {
    const schema = assertSchemaName(options.schema ?? 'personal_data');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.personal-data`]);
      await tx.exec(ddl(schema));
    });
    return new SqlPersonalDataStore(sql, schema);
  }

  async put(record: SealedPersonalData, createdAt: Date): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query(`INSERT INTO ${this.schema}.records (ref, fund_id, member_id, sealed, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        record.ref,
        record.fundId,
        record.memberId,
        record.sealed,
        createdAt.toISOString(),
      ]);
      await tx.query(`INSERT INTO ${this.schema}.data_keys (ref, master_key_id, wrapped) VALUES ($1, $2, $3)`, [
        record.ref,
        record.dataKey.masterKeyId,
        record.dataKey.wrapped,
      ]);
    });
  }

  async get(ref: string): Promise<StoredPersonalData | undefined> {
    const { rows } = await this.sql.query<RecordRow>(
      `SELECT r.ref, r.fund_id, r.member_id, r.sealed, r.erased_at, r.erased_by, k.master_key_id, k.wrapped
       FROM ${this.schema}.records r LEFT JOIN ${this.schema}.data_keys k ON k.ref = r.ref WHERE r.ref = $1`,
      [ref],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    const owner = { ref: row.ref, fundId: row.fund_id, memberId: row.member_id };
    if (row.erased_at !== null)
      return { status: 'erased', ...owner, erasedAt: new Date(row.erased_at).toISOString(), erasedBy: row.erased_by ?? '' };
    if (row.sealed === null || row.master_key_id === null || row.wrapped === null)
      throw new Error(`Personal data ${ref} has no data key but no erasure either`);
    return {
      status: 'present',
      record: { ...owner, sealed: row.sealed, dataKey: { masterKeyId: row.master_key_id, wrapped: row.wrapped } },
    };
  }

  async shred(ref: string, erasure: Erasure): Promise<'shredded' | 'already-erased' | 'not-found'> {
    return this.sql.transaction(async (tx) => {
      const { rows } = await tx.query<{ erased_at: unknown }>(`SELECT erased_at FROM ${this.schema}.records WHERE ref = $1 FOR UPDATE`, [
        ref,
      ]);
      if (rows.length === 0) return 'not-found';
      if (rows[0].erased_at !== null) return 'already-erased';
      await tx.query(`DELETE FROM ${this.schema}.data_keys WHERE ref = $1`, [ref]);
      await tx.query(`UPDATE ${this.schema}.records SET sealed = NULL, erased_at = $2, erased_by = $3 WHERE ref = $1`, [
        ref,
        erasure.erasedAt,
        erasure.erasedBy,
      ]);
      return 'shredded';
    });
  }

  async discard(ref: string): Promise<void> {
    await this.sql.query(`DELETE FROM ${this.schema}.records WHERE ref = $1`, [ref]);
  }
}
