import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { witnessDdl } from './witness-schema';

/** SQLSTATE raised by the immutability trigger on the ledger's tables. */
export const IMMUTABLE_LEDGER_SQLSTATE = 'KT002';

/**
 * Tables of the audit ledger.
 * - `tree_size`: one row, the number of leaves; appends lock it, which serializes them (leaf
 *   order must be total) and makes the ledger gapless for readers.
 * - `leaves`: each event once (unique event id), as received, in leaf order. Not unique by
 *   (stream, revision): two events claiming one revision are a fork in the source, evidence the
 *   ledger must keep rather than refuse.
 * - `subtrees`: the hash of every complete subtree (level 0 = leaf hashes). They never change,
 *   and any root or proof of any past size is O(log n) of them (see complete-subtrees.ts).
 * - `tree_heads` / `head_signatures`: every signed tree head and every signature on it.
 * - `witness_changes`: who may co-sign heads (witness-schema.ts).
 * Everything but `tree_size` refuses UPDATE, DELETE and TRUNCATE.
 */
const ddl = (s: string): string => `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.tree_size (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  size      bigint  NOT NULL
);
INSERT INTO ${s}.tree_size (singleton, size) VALUES (true, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS ${s}.leaves (
  leaf_index      bigint      PRIMARY KEY,
  event_id        text        NOT NULL UNIQUE,
  stream_id       text        NOT NULL,
  stream_revision bigint      NOT NULL,
  event_type      text        NOT NULL,
  event_hash      text        NOT NULL,
  envelope        text        NOT NULL,
  received_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS leaves_by_stream ON ${s}.leaves (stream_id, stream_revision, leaf_index);
CREATE TABLE IF NOT EXISTS ${s}.subtrees (
  level      smallint NOT NULL,
  node_index bigint   NOT NULL,
  hash       bytea    NOT NULL,
  PRIMARY KEY (level, node_index)
);
CREATE TABLE IF NOT EXISTS ${s}.tree_heads (
  head_id   bigserial PRIMARY KEY,
  origin    text      NOT NULL,
  tree_size bigint    NOT NULL,
  root_hash text      NOT NULL,
  signed_at text      NOT NULL,
  UNIQUE (origin, tree_size, root_hash, signed_at)
);
CREATE INDEX IF NOT EXISTS tree_heads_by_size ON ${s}.tree_heads (tree_size, head_id);
CREATE TABLE IF NOT EXISTS ${s}.head_signatures (
  head_id     bigint      NOT NULL REFERENCES ${s}.tree_heads (head_id),
  key_id      text        NOT NULL,
  signer      text        NOT NULL,
  signer_name text,
  public_key  text        NOT NULL,
  signature   text        NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (head_id, key_id)
);
CREATE OR REPLACE FUNCTION ${s}.refuse_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit ledger is append-only: % on %.% refused', TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
    USING ERRCODE = '${IMMUTABLE_LEDGER_SQLSTATE}';
END $$;
${['leaves', 'subtrees', 'tree_heads', 'head_signatures']
  .map(
    (
      t,
    ) => `CREATE OR REPLACE TRIGGER ${t}_immutable BEFORE UPDATE OR DELETE ON ${s}.${t} FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_ledger_change();
CREATE OR REPLACE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON ${s}.${t} FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_ledger_change();`,
  )
  .join('\n')}
${witnessDdl(s)}`;

/** Creates the tables if missing; idempotent, and concurrent starters serialize on an advisory lock. */
export const migrateLedger = async (sql: SqlClient, schema: string): Promise<void> => {
  assertSchemaName(schema);
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.audit-ledger.migrate.${schema}`]);
    await tx.exec(ddl(schema));
  });
};
