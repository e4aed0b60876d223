import { appendBatchFunctionDdl } from './append-batch-function';
import { appendFunctionDdl } from './append-function';
import { SqlClient } from './sql-client';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names are spliced into SQL (identifiers cannot be bound), so only plain lower-case names pass. */
export const assertSchemaName = (schema: string): string => {
  if (!IDENTIFIER.test(schema)) throw new Error(`Invalid schema name ${schema}`);
  return schema;
};

/** SQLSTATE raised by the immutability trigger. */
export const IMMUTABLE_EVENT_SQLSTATE = 'KT001';

/**
 * Tables of the SQL event store. `transaction_id` (the writer's xid8) is what makes the global log
 * gapless: readers only take rows of transactions older than every transaction still running
 * (`pg_snapshot_xmin`), in (transaction, position) order, so a slow commit is never jumped over.
 */
const ddl = (schema: string): string => `
CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.streams (
  stream_id   text   PRIMARY KEY,
  revision    bigint NOT NULL,
  last_hash   text
);
CREATE TABLE IF NOT EXISTS ${schema}.events (
  global_position bigserial   PRIMARY KEY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  event_id        uuid        NOT NULL UNIQUE,
  stream_id       text        NOT NULL,
  stream_revision bigint      NOT NULL,
  event_type      text        NOT NULL,
  schema_version  integer     NOT NULL,
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL,
  recorded_at     timestamptz NOT NULL,
  prev_hash       text,
  hash            text        NOT NULL,
  UNIQUE (stream_id, stream_revision)
);
CREATE INDEX IF NOT EXISTS events_log_order ON ${schema}.events (transaction_id, global_position);
CREATE OR REPLACE FUNCTION ${schema}.refuse_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'events are immutable: % on %.events refused; append a correcting event instead', TG_OP, TG_TABLE_SCHEMA
    USING ERRCODE = '${IMMUTABLE_EVENT_SQLSTATE}';
END $$;
CREATE OR REPLACE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON ${schema}.events
  FOR EACH ROW EXECUTE FUNCTION ${schema}.refuse_event_change();
CREATE OR REPLACE TRIGGER events_no_truncate BEFORE TRUNCATE ON ${schema}.events
  FOR EACH STATEMENT EXECUTE FUNCTION ${schema}.refuse_event_change();
${appendFunctionDdl(schema)}
${appendBatchFunctionDdl(schema)}`;

/** Creates the tables if missing; concurrent starters serialize on an advisory lock. */
export const migrateEventStore = async (sql: SqlClient, schema: string): Promise<void> => {
  assertSchemaName(schema);
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.migrate.${schema}`]);
    await tx.exec(ddl(schema));
  });
};
