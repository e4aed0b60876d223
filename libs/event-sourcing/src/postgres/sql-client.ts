/**
 * The little of a PostgreSQL driver the SQL event store needs, so that one implementation runs on
 * a real server (`pg`) and in-process (PGlite) alike.
 */
export interface SqlQueryable {
  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Several statements without parameters (DDL). */
  exec(text: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  /** Statements that can run at once (a pool's connections); absent means one. */
  readonly concurrency?: number;
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A PostgreSQL error's SQLSTATE, whichever driver raised it. */
export const sqlState = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
