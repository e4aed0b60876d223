import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { IMMUTABLE_LEDGER_SQLSTATE } from '../ledger-schema';

/**
 * Tables of the money log: every money-contract message the auditor received, beside the ledger.
 * - `money_log_size`: one row, the number of messages; appends lock it, so local sequence numbers
 *   are gapless and in arrival order.
 * - `money_messages`: each message once (unique message id), at its sequence number, with the
 *   columns queries need and the message itself as received and checked (`body`).
 * - `money_stream_units` / `money_unit_areas`: which units a source stream's messages belong to,
 *   and the area codes each unit declared; what scoping an auditor by area reads, kept small.
 * Everything but `money_log_size` refuses UPDATE, DELETE and TRUNCATE (KT002, as the ledger).
 */
const ddl = (s: string): string => `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.money_log_size (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  size      bigint  NOT NULL
);
INSERT INTO ${s}.money_log_size (singleton, size) VALUES (true, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS ${s}.money_messages (
  seq              bigint      PRIMARY KEY,
  message_id       text        NOT NULL UNIQUE,
  programme        text        NOT NULL,
  unit_id          text        NOT NULL,
  message_type     text        NOT NULL,
  occurred_on      text        NOT NULL,
  recorded_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL DEFAULT now(),
  source_event_id  text        NOT NULL,
  source_stream_id text        NOT NULL,
  area_codes       text[]      NOT NULL,
  content_hash     text        NOT NULL,
  body             text        NOT NULL
);
CREATE INDEX IF NOT EXISTS money_messages_by_unit ON ${s}.money_messages (programme, unit_id, seq);
CREATE INDEX IF NOT EXISTS money_messages_by_source_event ON ${s}.money_messages (source_event_id);
CREATE TABLE IF NOT EXISTS ${s}.money_stream_units (
  source_stream_id text NOT NULL,
  programme        text NOT NULL,
  unit_id          text NOT NULL,
  PRIMARY KEY (source_stream_id, programme, unit_id)
);
CREATE TABLE IF NOT EXISTS ${s}.money_unit_areas (
  programme text NOT NULL,
  unit_id   text NOT NULL,
  area_code text NOT NULL,
  PRIMARY KEY (programme, unit_id, area_code)
);
CREATE OR REPLACE FUNCTION ${s}.refuse_money_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the money log is append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = '${IMMUTABLE_LEDGER_SQLSTATE}';
END $$;
${['money_messages', 'money_stream_units', 'money_unit_areas']
  .map(
    (
      t,
    ) => `CREATE OR REPLACE TRIGGER ${t}_immutable BEFORE UPDATE OR DELETE ON ${s}.${t} FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_money_log_change();
CREATE OR REPLACE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${s}.${t} FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_money_log_change();`,
  )
  .join('\n')}
`;

/** Creates the tables if missing; idempotent, and concurrent starters serialize on an advisory lock. */
export const migrateMoneyLog = async (sql: SqlClient, schema: string): Promise<void> => {
  assertSchemaName(schema);
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.audit-money-log.migrate.${schema}`]);
    await tx.exec(ddl(schema));
  });
};
