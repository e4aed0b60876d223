import { assertSchemaName, SqlClient } from '@kongthun/event-sourcing';

/** Where a scanner stands: the last money-log position it folded, and its state serialized at that position. */
export interface ScanCheckpoint {
  position: number;
  state: string;
}

/**
 * A scanner's checkpoint (จุดบันทึกการตรวจ): its position in the money log with the state it had
 * there, saved together so that a restart resumes instead of replaying the whole log. Unlike the
 * log this table is overwritten: it holds derived state that the log can always rebuild, so
 * losing it costs time, never facts.
 */
export class ScanCheckpointStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, options: { schema?: string } = {}): Promise<ScanCheckpointStore> {
    const schema = assertSchemaName(options.schema ?? 'kongthun_audit');
    await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${schema};
CREATE TABLE IF NOT EXISTS ${schema}.scan_checkpoints (
  name     text        PRIMARY KEY,
  position bigint      NOT NULL,
  state    text        NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now()
);`);
    return new ScanCheckpointStore(sql, schema);
  }

  async load(name: string): Promise<ScanCheckpoint | undefined> {
    const { rows } = await this.sql.query<{ position: string; state: string }>(
      `SELECT position::text AS position, state FROM ${this.schema}.scan_checkpoints WHERE name = $1`,
      [name],
    );
    return rows.length ? { position: Number(rows[0].position), state: rows[0].state } : undefined;
  }

  /** Never moves a checkpoint back: a slower scanner of the same name cannot undo a faster one's progress. */
  async save(name: string, checkpoint: ScanCheckpoint): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.schema}.scan_checkpoints (name, position, state) VALUES ($1, $2::bigint, $3)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, state = EXCLUDED.state, saved_at = now()
       WHERE ${this.schema}.scan_checkpoints.position < EXCLUDED.position`,
      [name, String(checkpoint.position), checkpoint.state],
    );
  }
}
