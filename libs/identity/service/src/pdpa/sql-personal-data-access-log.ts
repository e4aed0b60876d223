import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { AccessPage, PersonalDataAccess, PersonalDataAccessLog } from './personal-data-access-log';

/** The table refuses UPDATE, DELETE and TRUNCATE itself, so no code path (nor a stray script) edits the record of reads. */
const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.personal_data_accesses (
  sequence    bigserial   PRIMARY KEY,
  subject     text        NOT NULL,
  accessed_at timestamptz NOT NULL,
  user_id     text        NOT NULL,
  role        text        NOT NULL,
  reason      text        NOT NULL,
  route       text        NOT NULL
);
CREATE INDEX IF NOT EXISTS personal_data_accesses_subject ON ${schema}.personal_data_accesses (subject, sequence);
CREATE OR REPLACE FUNCTION ${schema}.personal_data_accesses_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'personal_data_accesses is append-only';
END $$;
DROP TRIGGER IF EXISTS personal_data_accesses_append_only ON ${schema}.personal_data_accesses;
CREATE TRIGGER personal_data_accesses_append_only BEFORE UPDATE OR DELETE ON ${schema}.personal_data_accesses
  FOR EACH ROW EXECUTE FUNCTION ${schema}.personal_data_accesses_append_only();
DROP TRIGGER IF EXISTS personal_data_accesses_no_truncate ON ${schema}.personal_data_accesses;
CREATE TRIGGER personal_data_accesses_no_truncate BEFORE TRUNCATE ON ${schema}.personal_data_accesses
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.personal_data_accesses_append_only();
`;

export class SqlPersonalDataAccessLog implements PersonalDataAccessLog {
  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<SqlPersonalDataAccessLog> {
    const schema = assertSchemaName(options.schema ?? 'kongthun');
    await sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}.personal-data-accesses`]);
      await tx.exec(ddl(schema));
    });
    return new SqlPersonalDataAccessLog(sql, `${schema}.personal_data_accesses`);
  }

  async append(access: PersonalDataAccess): Promise<void> {
    await this.sql.query(`INSERT INTO ${this.table} (subject, accessed_at, user_id, role, reason, route) VALUES ($1, $2, $3, $4, $5, $6)`, [
      access.subject,
      access.accessedAt,
      access.userId,
      access.role,
      access.reason,
      access.route,
    ]);
  }

  async list(subject: string, limit: number, cursor?: string): Promise<AccessPage> {
    const { rows } = await this.sql.query<{
      sequence: string;
      accessed_at: Date | string;
      user_id: string;
      role: string;
      reason: string;
      route: string;
    }>(
      `SELECT sequence::text AS sequence, accessed_at, user_id, role, reason, route FROM ${this.table}
        WHERE subject = $1 AND sequence > $2 ORDER BY sequence LIMIT $3`,
      [subject, cursor ?? '0', limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => ({
      sequence: Number(row.sequence),
      subject,
      accessedAt: new Date(row.accessed_at).toISOString(),
      userId: row.user_id,
      role: row.role,
      reason: row.reason,
      route: row.route,
    }));
    return { items, nextCursor: rows.length > limit ? String(items[items.length - 1].sequence) : null };
  }
}
