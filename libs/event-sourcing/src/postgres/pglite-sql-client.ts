import { PGlite } from '@electric-sql/pglite';
import { SqlClient, SqlQueryable } from './sql-client';

/**
 * PostgreSQL compiled to WASM, in this process: the embedded default, files under a data folder.
 * PGlite has one session, so a statement issued outside a transaction would otherwise run inside
 * whichever transaction is open and see its uncommitted rows; every call takes turns instead.
 */
export class PgliteSqlClient implements SqlClient {
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: PGlite) {}

  /** `dataDir`: a folder (persistent) or `memory://` (tests). */
  static async open(dataDir: string): Promise<PgliteSqlClient> {
    return new PgliteSqlClient(await PGlite.create(dataDir));
  }

  query<Row>(text: string, params?: unknown[]): Promise<{ rows: Row[] }> {
    return this.exclusive(async () => ({ rows: (await this.db.query<Row>(text, params)).rows }));
  }

  exec(text: string): Promise<void> {
    return this.exclusive(async () => void (await this.db.exec(text)));
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.db.transaction((tx) =>
        work({
          query: async <Row>(text: string, params?: unknown[]) => ({ rows: (await tx.query<Row>(text, params)).rows }),
          exec: async (text: string) => void (await tx.exec(text)),
        }),
      ),
    );
  }

  close(): Promise<void> {
    return this.exclusive(() => this.db.close());
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(work);
    this.turn = result.catch(() => undefined);
    return result;
  }
}
