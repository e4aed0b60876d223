import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';

/**
 * Tables of the provincial books (บัญชีการเงินระดับจังหวัด), all derived from the money contract:
 * - `entries`: one row per message that moves money, keyed by message id (a redelivery is a no-op),
 *   with `seq`, the order rows were stored in. Appends lock `log_size`, so a row with a higher `seq`
 *   never becomes visible before a lower one: paging by `seq` loses and repeats nothing.
 * - `units`: each unit's latest declaration (name, areas, home area).
 * - `facts`: entries with the area and source they count under, resolved when read, so messages
 *   from different streams may arrive in any order (a payment before its unit's declaration).
 * Rebuilding empties them and folds the log again.
 */
const ddl = (s: string): string => `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.log_size (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  size      bigint  NOT NULL
);
INSERT INTO ${s}.log_size (singleton, size) VALUES (true, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS ${s}.units (
  programme    text    NOT NULL,
  unit_id      text    NOT NULL,
  name         text    NOT NULL,
  area_codes   text[]  NOT NULL,
  home_area    text,
  rule_version integer NOT NULL,
  PRIMARY KEY (programme, unit_id)
);
CREATE TABLE IF NOT EXISTS ${s}.entries (
  message_id        text    PRIMARY KEY,
  seq               bigint  NOT NULL UNIQUE,
  programme         text    NOT NULL,
  unit_id           text    NOT NULL,
  kind              text    NOT NULL,
  ref_id            text    NOT NULL,
  amount_satang     bigint  NOT NULL,
  day               text    NOT NULL,
  fiscal_year       integer NOT NULL,
  month             text    NOT NULL,
  area_code         text,
  source_kind       text,
  source_name       text,
  purpose           text,
  disbursement_kind text,
  method            text,
  commitment_id     text,
  recipient_ref     text,
  payer_ref         text,
  undoes_kind       text,
  undoes_ref        text
);
CREATE INDEX IF NOT EXISTS entries_by_ref ON ${s}.entries (programme, unit_id, kind, ref_id, seq);
CREATE INDEX IF NOT EXISTS entries_by_kind ON ${s}.entries (kind, seq);
CREATE OR REPLACE VIEW ${s}.facts AS
SELECT e.*, u.name AS unit_name,
       COALESCE(e.area_code, o.area_code, u.home_area) AS resolved_area,
       COALESCE(e.source_kind, o.source_kind) AS resolved_source,
       COALESCE(e.purpose, o.purpose) AS resolved_purpose,
       COALESCE(e.disbursement_kind, o.disbursement_kind) AS resolved_disbursement_kind
FROM ${s}.entries e
LEFT JOIN LATERAL (
  SELECT x.area_code, x.source_kind, x.purpose, x.disbursement_kind FROM ${s}.entries x
  WHERE e.undoes_kind IS NOT NULL AND x.programme = e.programme AND x.unit_id = e.unit_id AND x.kind = e.undoes_kind AND x.ref_id = e.undoes_ref
  ORDER BY x.seq LIMIT 1
) o ON true
LEFT JOIN ${s}.units u ON u.programme = e.programme AND u.unit_id = e.unit_id;
CREATE TABLE IF NOT EXISTS ${s}.api_keys (
  key_id       text        PRIMARY KEY,
  name         text        NOT NULL,
  area         text        NOT NULL,
  secret_hash  text        NOT NULL,
  created_by   text        NOT NULL,
  created_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  revoked_by   text,
  last_used_at timestamptz
);
`;

/** Creates the tables if missing; idempotent, and concurrent starters serialize on an advisory lock. */
export const migrateFinance = async (sql: SqlClient, schema: string): Promise<void> => {
  assertSchemaName(schema);
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.finance.migrate.${schema}`]);
    await tx.exec(ddl(schema));
  });
};
