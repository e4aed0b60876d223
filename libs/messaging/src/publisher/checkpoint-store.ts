import { assertSchemaName, LogCheckpoint, SqlClient } from '@kongthun/event-sourcing';

/** Where a reader of the global log keeps its place, so a restart resumes instead of starting over. */
export interface CheckpointStore {
  load(name: string): Promise<LogCheckpoint | undefined>;
  save(name: string, checkpoint: LogCheckpoint): Promise<void>;
}

export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly checkpoints = new Map<string, LogCheckpoint>();

  async load(name: string): Promise<LogCheckpoint | undefined> {
    return this.checkpoints.get(name);
  }

  async save(name: string, checkpoint: LogCheckpoint): Promise<void> {
    this.checkpoints.set(name, checkpoint);
  }
}

/** Checkpoints in the same PostgreSQL (or PGlite) database as the event store. */
export class SqlCheckpointStore implements CheckpointStore {
  private constructor(
    private readonly sql: SqlClient,
    private readonly table: string,
  ) {}

  static async open(sql: SqlClient, schema = 'kongthun'): Promise<SqlCheckpointStore> {
    assertSchemaName(schema);
    await sql.exec(`CREATE SCHEMA IF NOT EXISTS ${schema};
      CREATE TABLE IF NOT EXISTS ${schema}.checkpoints (name text PRIMARY KEY, checkpoint text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());`);
    return new SqlCheckpointStore(sql, `${schema}.checkpoints`);
  }

  async load(name: string): Promise<LogCheckpoint | undefined> {
    const { rows } = await this.sql.query<{ checkpoint: string }>(`SELECT checkpoint FROM ${this.table} WHERE name = $1`, [name]);
    return rows[0]?.checkpoint;
  }

  async save(name: string, checkpoint: LogCheckpoint): Promise<void> {
    await this.sql.query(
      `INSERT INTO ${this.table} (name, checkpoint) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET checkpoint = EXCLUDED.checkpoint, updated_at = now()`,
      [name, checkpoint],
    );
  }
}
