import { SqlClient } from '@kongthun/event-sourcing';

const ddl = (s: string): string => `
CREATE TABLE IF NOT EXISTS ${s}.chain_check_checkpoint (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  leaf_index bigint  NOT NULL
);
INSERT INTO ${s}.chain_check_checkpoint (singleton, leaf_index) VALUES (true, -1) ON CONFLICT DO NOTHING;
`;

/**
 * How far the chain check has got: every stream with a leaf up to this index was checked (and
 * its problems raised) since that leaf arrived. It only moves forward, whichever check ends last.
 */
export class ChainCheckCheckpoint {
  constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  async ensureSchema(): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.audit.chain-check.migrate.${this.schema}`]);
      await tx.exec(ddl(this.schema));
    });
  }

  /** The last leaf index checked; -1 before the first check. */
  async checkedThrough(): Promise<number> {
    const { rows } = await this.sql.query<{ leaf_index: string }>(
      `SELECT leaf_index::text AS leaf_index FROM ${this.schema}.chain_check_checkpoint`,
    );
    return Number(rows[0].leaf_index);
  }

  async advanceTo(leafIndex: number): Promise<void> {
    await this.sql.query(`UPDATE ${this.schema}.chain_check_checkpoint SET leaf_index = GREATEST(leaf_index, $1::bigint)`, [
      String(leafIndex),
    ]);
  }
}
