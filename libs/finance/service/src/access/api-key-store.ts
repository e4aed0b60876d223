import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';
import { DomainError } from '@kongthun/kernel';
import { keyIdOf, newApiKey, secretMatches } from './api-key-secret';

/** An API key as an administrator sees it: never the key itself, which is shown once at creation. */
export interface ApiKeyView {
  keyId: string;
  name: string;
  /** The province (2 digits) or district (4) the key reads. */
  area: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

interface Row {
  key_id: string;
  name: string;
  area: string;
  secret_hash: string;
  created_by: string;
  created_at: Date | string;
  revoked_at: Date | string | null;
  last_used_at: Date | string | null;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
const viewOf = (row: Row): ApiKeyView => ({
  keyId: row.key_id,
  name: row.name,
  area: row.area,
  createdBy: row.created_by,
  createdAt: iso(row.created_at)!,
  revokedAt: iso(row.revoked_at),
  lastUsedAt: iso(row.last_used_at),
});

const rejected = (): DomainError =>
  new DomainError('finance.api-key.invalid', 'The API key is not valid', { messageTh: 'คีย์ API ไม่ถูกต้องหรือถูกเพิกถอนแล้ว' });

/**
 * API keys of machine clients (ระบบของสำนักงานคลังจังหวัด), kept hashed in the finance schema.
 * A revoked or unknown key is refused alike (`finance.api-key.invalid`), so a caller cannot tell
 * which keys once existed.
 */
export class ApiKeyStore {
  constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {
    assertSchemaName(schema);
  }

  async create(input: { name: string; area: string; createdBy: string; now: Date }): Promise<ApiKeyView & { key: string }> {
    const { keyId, key, secretHash } = newApiKey();
    await this.sql.query(
      `INSERT INTO ${this.schema}.api_keys (key_id, name, area, secret_hash, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [keyId, input.name, input.area, secretHash, input.createdBy, input.now.toISOString()],
    );
    return { key, ...(await this.view(keyId))! };
  }

  async list(): Promise<ApiKeyView[]> {
    const { rows } = await this.sql.query<Row>(`SELECT * FROM ${this.schema}.api_keys ORDER BY created_at, key_id`);
    return rows.map(viewOf);
  }

  async view(keyId: string): Promise<ApiKeyView | undefined> {
    const { rows } = await this.sql.query<Row>(`SELECT * FROM ${this.schema}.api_keys WHERE key_id = $1`, [keyId]);
    return rows.length ? viewOf(rows[0]) : undefined;
  }

  async revoke(keyId: string, by: string, now: Date): Promise<ApiKeyView> {
    const known = await this.view(keyId);
    if (!known)
      throw new DomainError('finance.api-key.not-found', `No API key ${keyId}`, { messageTh: 'ไม่พบคีย์ API นี้', details: { keyId } });
    if (known.revokedAt !== null)
      throw new DomainError('finance.api-key.already-revoked', `API key ${keyId} was revoked on ${known.revokedAt}`, {
        messageTh: 'คีย์ API นี้ถูกเพิกถอนไปแล้ว',
        details: { keyId, revokedAt: known.revokedAt },
      });
    await this.sql.query(`UPDATE ${this.schema}.api_keys SET revoked_at = $2, revoked_by = $3 WHERE key_id = $1 AND revoked_at IS NULL`, [
      keyId,
      now.toISOString(),
      by,
    ]);
    return (await this.view(keyId))!;
  }

  /** The key's id and area when it is valid and not revoked; records its use. */
  async verify(key: string, now: Date): Promise<{ keyId: string; area: string }> {
    const keyId = keyIdOf(key);
    if (keyId === undefined) throw rejected();
    const { rows } = await this.sql.query<Row>(`SELECT * FROM ${this.schema}.api_keys WHERE key_id = $1`, [keyId]);
    const row = rows[0];
    if (!row || row.revoked_at !== null || !secretMatches(key, row.secret_hash)) throw rejected();
    await this.sql.query(`UPDATE ${this.schema}.api_keys SET last_used_at = $2 WHERE key_id = $1`, [keyId, now.toISOString()]);
    return { keyId, area: row.area };
  }
}
