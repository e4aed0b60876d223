import { Pool, PoolConfig } from 'pg';
import { SqlClient, SqlQueryable } from './sql-client';

/** `pg` against a PostgreSQL server; one pooled connection per transaction. */
export class PgSqlClient implements SqlClient {
  private readonly pool: Pool;
  readonly concurrency: number;

  constructor(config: PoolConfig) {
    this.pool = new Pool(config);
    // pg's own default pool size.
    this.concurrency = config.max ?? 10;
  }

  async query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    const result = await this.pool.query(text, params);
    return { rows: result.rows as Row[] };
  }

  async exec(text: string): Promise<void> {
    await this.pool.query(text);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const connection = await this.pool.connect();
    const tx: SqlQueryable = {
      query: async <Row>(text: string, params?: unknown[]) => ({ rows: (await connection.query(text, params)).rows as Row[] }),
      exec: async (text: string) => void (await connection.query(text)),
    };
    try {
      await connection.query('BEGIN');
      const result = await work(tx);
      await connection.query('COMMIT');
      return result;
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
