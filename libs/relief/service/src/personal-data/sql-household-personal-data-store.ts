import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { HouseholdPersonalDataStore, SealedHousehold } from './household-personal-data-store';

/** Data keys in their own table, as welfare's and grants': a shorter backup retention makes an erasure reach backups. */
const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.households (
  declaration_id text        NOT NULL,
  household_id   text        NOT NULL,
  sealed         text        NOT NULL,
  created_at     timestamptz NOT NULL,
  PRIMARY KEY (declaration_id, household_id)
);
CREATE TABLE IF NOT EXISTS ${schema}.household_data_keys (
  declaration_id text NOT NULL,
  household_id   text NOT NULL,
  master_key_id  text NOT NULL,
  wrapped        text NOT NULL,
  PRIMARY KEY (declaration_id, household_id),
  FOREIGN KEY (declaration_id, household_id) REFERENCES ${schema}.households ON DELETE CASCADE
);
`;

/** Rows per INSERT: a bucket (~1,000 households) is one statement per table. */
const BATCH = 1000;

/** Relief's encrypted households in PostgreSQL or PGlite (schema `relief_personal_data` by default). */
export class SqlHouseholdPersonalDataStore implements HouseholdPersonalDataStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlHouseholdPersonalDataStore> {
    const schema = assertSchemaName(options.schema ?? 'relief_personal_data');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.households`]);
      await tx.exec(ddl(schema));
    });
    return new SqlHouseholdPersonalDataStore(sql, schema);
  }

  async putMany(records: readonly SealedHousehold[], createdAt: Date): Promise<void> {
    for (let i = 0; i < records.length; i += BATCH) {
      const slice = records.slice(i, i + BATCH);
      const declarations = slice.map((r) => r.declarationId);
      const households = slice.map((r) => r.householdId);
      await this.sql.transaction(async (tx) => {
        // A household kept before (a retry after a crash) keeps its first record and key.
        const { rows } = await tx.query<{ declaration_id: string; household_id: string }>(
          `INSERT INTO ${this.schema}.households (declaration_id, household_id, sealed, created_at)
           SELECT d, h, s, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(d, h, s)
           ON CONFLICT DO NOTHING RETURNING declaration_id, household_id`,
          [declarations, households, slice.map((r) => r.sealed), createdAt.toISOString()],
        );
        const inserted = new Set(rows.map((row) => `${row.declaration_id}/${row.household_id}`));
        const keys = slice.filter((r) => inserted.has(`${r.declarationId}/${r.householdId}`));
        await tx.query(
          `INSERT INTO ${this.schema}.household_data_keys (declaration_id, household_id, master_key_id, wrapped)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`,
          [
            keys.map((r) => r.declarationId),
            keys.map((r) => r.householdId),
            keys.map((r) => r.dataKey.masterKeyId),
            keys.map((r) => r.dataKey.wrapped),
          ],
        );
      });
    }
  }

  async get(declarationId: string, householdId: string): Promise<SealedHousehold | undefined> {
    const { rows } = await this.sql.query<{ sealed: string; master_key_id: string; wrapped: string }>(
      `SELECT h.sealed, k.master_key_id, k.wrapped
         FROM ${this.schema}.households h JOIN ${this.schema}.household_data_keys k USING (declaration_id, household_id)
        WHERE h.declaration_id = $1 AND h.household_id = $2`,
      [declarationId, householdId],
    );
    const row = rows[0];
    return row && { declarationId, householdId, sealed: row.sealed, dataKey: { masterKeyId: row.master_key_id, wrapped: row.wrapped } };
  }
}
