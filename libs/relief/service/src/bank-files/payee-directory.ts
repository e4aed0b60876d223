import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SqlClient } from '@kongthun/event-sourcing';

/**
 * Where the clear account number or PromptPay id of a household waits for the bank file: never in
 * an event (events hold its keyed hash), encrypted at rest with AES-256-GCM.
 */
export interface PayeeDirectory {
  put(entries: readonly { declarationId: string; householdId: string; account: string }[]): Promise<void>;
  get(declarationId: string, householdIds: readonly string[]): Promise<Map<string, string>>;
}

export const PAYEE_DIRECTORY = Symbol('relief.payee-directory');

export class InMemoryPayeeDirectory implements PayeeDirectory {
  private readonly accounts = new Map<string, string>();
  async put(entries: readonly { declarationId: string; householdId: string; account: string }[]) {
    for (const entry of entries) this.accounts.set(`${entry.declarationId}/${entry.householdId}`, entry.account);
  }
  async get(declarationId: string, householdIds: readonly string[]) {
    const found = new Map<string, string>();
    for (const id of householdIds) {
      const account = this.accounts.get(`${declarationId}/${id}`);
      if (account !== undefined) found.set(id, account);
    }
    return found;
  }
}

/** The SQL directory: one row per household and declaration, the account sealed under a key derived from the master secret. */
export class SqlPayeeDirectory implements PayeeDirectory {
  private constructor(
    private readonly sql: SqlClient,
    private readonly key: Buffer,
  ) {}

  static async open(sql: SqlClient, secret: string): Promise<SqlPayeeDirectory> {
    await sql.query(`CREATE SCHEMA IF NOT EXISTS relief`);
    await sql.query(
      `CREATE TABLE IF NOT EXISTS relief.payee_accounts (declaration_id text NOT NULL, household_id text NOT NULL, sealed text NOT NULL, PRIMARY KEY (declaration_id, household_id))`,
    );
    return new SqlPayeeDirectory(sql, createHash('sha256').update(`relief.payee-accounts:${secret}`).digest());
  }

  async put(entries: readonly { declarationId: string; householdId: string; account: string }[]) {
    for (let i = 0; i < entries.length; i += 1000) {
      const slice = entries.slice(i, i + 1000);
      await this.sql.query(
        `INSERT INTO relief.payee_accounts (declaration_id, household_id, sealed)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (declaration_id, household_id) DO UPDATE SET sealed = EXCLUDED.sealed`,
        [slice.map((e) => e.declarationId), slice.map((e) => e.householdId), slice.map((e) => this.seal(e.account))],
      );
    }
  }

  async get(declarationId: string, householdIds: readonly string[]) {
    const found = new Map<string, string>();
    // One index probe per household: with `household_id = ANY($2)` the planner's one-off plan for a
    // bound array scanned every index entry of the declaration (a million households: ~1 s a bucket).
    const { rows } = await this.sql.query<{ household_id: string; sealed: string }>(
      `SELECT p.household_id, p.sealed FROM unnest($2::text[]) AS ids(household_id)
       JOIN relief.payee_accounts p ON p.declaration_id = $1 AND p.household_id = ids.household_id`,
      [declarationId, [...householdIds]],
    );
    for (const row of rows) found.set(row.household_id, this.open(row.sealed));
    return found;
  }

  private seal(account: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(account, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  }

  private open(sealed: string): string {
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  }
}
