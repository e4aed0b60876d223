import { SqlClient } from '@kongthun/event-sourcing';

/** One change the findings listing follows, in the order the audit service's own store recorded it. */
export type FindingIndexChange =
  { kind: 'raised'; findingId: string; finding: object } | { kind: 'case-status'; findingId: string; status: string };

export interface IndexedFinding {
  /** Position in raising order: the listing's cursor. */
  seq: number;
  finding: object;
  caseStatus: string;
}

/**
 * Tables of the findings listing, a projection (rebuildable, so not append-only):
 * - `finding_index`: each finding once, numbered in raising order, with its case's status;
 * - `finding_index_checkpoint`: how far in the audit service's own event log it has followed.
 */
const ddl = (s: string): string => `
CREATE TABLE IF NOT EXISTS ${s}.finding_index (
  seq         bigint PRIMARY KEY,
  finding_id  text   NOT NULL UNIQUE,
  finding     text   NOT NULL,
  case_status text   NOT NULL DEFAULT 'NotOpened'
);
CREATE TABLE IF NOT EXISTS ${s}.finding_index_checkpoint (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  checkpoint text
);
INSERT INTO ${s}.finding_index_checkpoint (singleton, checkpoint) VALUES (true, NULL) ON CONFLICT DO NOTHING;
`;

/**
 * The findings listing kept in the ledger's database, so a page is one indexed query whatever
 * the number of findings and cases. Its rows and its checkpoint move in one transaction.
 */
export class FindingIndex {
  constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  async ensureSchema(): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`kongthun.audit.finding-index.migrate.${this.schema}`]);
      await tx.exec(ddl(this.schema));
    });
  }

  /** The event-log checkpoint the rows reflect; undefined before the first change. */
  async checkpoint(): Promise<string | undefined> {
    const { rows } = await this.sql.query<{ checkpoint: string | null }>(`SELECT checkpoint FROM ${this.schema}.finding_index_checkpoint`);
    return rows[0]?.checkpoint ?? undefined;
  }

  /**
   * Applies the changes read after `from`, moving the checkpoint to `to`; false (and nothing
   * applied) when another reader moved it first, so two followers never apply a batch twice.
   */
  apply(from: string | undefined, to: string, changes: readonly FindingIndexChange[]): Promise<boolean> {
    return this.sql.transaction(async (tx) => {
      const moved = await tx.query(
        `UPDATE ${this.schema}.finding_index_checkpoint SET checkpoint = $2 WHERE checkpoint IS NOT DISTINCT FROM $1 RETURNING singleton`,
        [from ?? null, to],
      );
      if (moved.rows.length === 0) return false;
      for (const change of changes) {
        if (change.kind === 'raised')
          await tx.query(
            `INSERT INTO ${this.schema}.finding_index (seq, finding_id, finding)
             SELECT COALESCE(MAX(seq), 0) + 1, $1, $2 FROM ${this.schema}.finding_index ON CONFLICT (finding_id) DO NOTHING`,
            [change.findingId, JSON.stringify(change.finding)],
          );
        else
          await tx.query(`UPDATE ${this.schema}.finding_index SET case_status = $2 WHERE finding_id = $1`, [
            change.findingId,
            change.status,
          ]);
      }
      return true;
    });
  }

  /** Newest first: up to `limit` findings raised before position `before` (all when absent). */
  async page(limit: number, before?: number): Promise<IndexedFinding[]> {
    const { rows } = await this.sql.query<{ seq: string; finding: string; case_status: string }>(
      // Qualified (f.seq): a bare name in ORDER BY would sort by the text alias, '10' < '9'.
      `SELECT f.seq::text AS seq, f.finding, f.case_status FROM ${this.schema}.finding_index f
        WHERE $1::bigint IS NULL OR f.seq < $1::bigint ORDER BY f.seq DESC LIMIT $2`,
      [before === undefined ? null : String(before), limit],
    );
    return rows.map((row) => ({ seq: Number(row.seq), finding: JSON.parse(row.finding), caseStatus: row.case_status }));
  }
}
