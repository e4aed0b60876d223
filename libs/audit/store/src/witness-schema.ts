/**
 * The witness register (ทะเบียนพยาน): every registration and revocation of a witness key, as
 * rows that are never changed. A key is registered at most once and revoked at most once (the
 * unique pair), so two administrators racing cannot record it twice; a revoked key stays revoked
 * and a witness that lost its key registers a new one. Created with the ledger's tables (the
 * refusing trigger function is the ledger's).
 */
export const witnessDdl = (s: string): string => `
CREATE TABLE IF NOT EXISTS ${s}.witness_changes (
  change_id   bigserial PRIMARY KEY,
  key_id      text      NOT NULL,
  change      text      NOT NULL CHECK (change IN ('registered', 'revoked')),
  name        text      NOT NULL,
  public_key  text      NOT NULL,
  actor       text      NOT NULL,
  reason      text,
  recorded_at text      NOT NULL,
  UNIQUE (key_id, change)
);
CREATE OR REPLACE TRIGGER witness_changes_immutable BEFORE UPDATE OR DELETE ON ${s}.witness_changes FOR EACH ROW EXECUTE FUNCTION ${s}.refuse_ledger_change();
CREATE OR REPLACE TRIGGER witness_changes_no_truncate BEFORE TRUNCATE ON ${s}.witness_changes FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_ledger_change();
`;
