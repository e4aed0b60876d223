import { Pool } from 'pg';
import type { PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import type { NodePostgresPool } from '@event-driven-io/dumbo';
import { appendConcurrently, appendInOrder, BenchEvent, StreamAppends, Subject } from './workload';

type EmmettPostgres = typeof import('@event-driven-io/emmett-postgresql');

/**
 * Emmett's PostgreSQL event store (the comparison). Its tables (`emt_*`) and functions are created
 * unqualified, and its migration checks look tables up by name in any schema, so it cannot be put
 * in a schema of its own safely: it gets a fresh database instead, dropped on teardown.
 */
export class EmmettSubject implements Subject {
  private emmett?: EmmettPostgres;
  private pool?: Pool;
  private dumbo?: NodePostgresPool;
  private store?: PostgresEventStore;
  /** Emmett counts versions from 1 (the number of events so far); 0n means "must not exist yet". */
  private readonly expected = new Map<string, bigint>();

  constructor(
    private readonly url: string,
    private readonly poolSize: number,
    private readonly database: string,
  ) {}

  async setup(): Promise<void> {
    // Both packages ship CJS and ESM builds; under ts-node/CommonJS this import() becomes a require
    // of the CJS build. Loaded here, not at the top, because dumbo globally re-registers `pg` type
    // parsers (int8 → BigInt, JSON via its own serializer) on import: main.ts runs each subject in
    // its own process so that this cannot reach the other subjects.
    this.emmett = await import('@event-driven-io/emmett-postgresql');
    const { dumbo } = await import('@event-driven-io/dumbo');
    await this.admin(`CREATE DATABASE ${this.database}`);
    const url = this.databaseUrl();
    // Our own pg.Pool, so its size matches the other subjects' (pg's default is also 10).
    this.pool = new Pool({ connectionString: url, max: this.poolSize });
    this.dumbo = dumbo({ connectionString: url, pool: this.pool });
    this.store = this.emmett.getPostgreSQLEventStore(url, { connectionOptions: { dumbo: this.dumbo } });
    // Otherwise the first append would pay for creating the schema.
    await this.store.schema.migrate();
  }

  appendOneStream(stream: StreamAppends): Promise<void> {
    return appendInOrder(stream, (id, events) => this.append(id, events));
  }

  appendManyStreams(streams: StreamAppends[], concurrency: number): Promise<void> {
    return appendConcurrently(streams, concurrency, (id, events) => this.append(id, events));
  }

  /**
   * Emmett's store has no "read all" method; `readMessagesBatch` (exported, what its consumers
   * poll with) is its global-log reader. It pages by `global_position` while ordering by
   * (transaction_id, global_position): after concurrent writes, where transaction order and position
   * order differ, a page boundary can repeat or skip events. run-subject.ts counts both.
   */
  async readAll(batchSize: number, positions?: Set<string>): Promise<number> {
    const { readMessagesBatch } = this.loaded();
    let after = 0n;
    let count = 0;
    for (;;) {
      const batch = await readMessagesBatch(this.dumbo!.execute, { after, batchSize });
      count += batch.messages.length;
      if (positions) for (const message of batch.messages) positions.add(message.metadata.globalPosition.toString());
      if (!batch.areMessagesLeft) return count;
      after = batch.currentGlobalPosition;
    }
  }

  async teardown(): Promise<void> {
    try {
      await this.store?.close();
      await this.pool?.end();
    } finally {
      await this.admin(`DROP DATABASE IF EXISTS ${this.database} WITH (FORCE)`);
    }
  }

  private async append(streamId: string, events: BenchEvent[]): Promise<void> {
    // Emmett events are { type, data, metadata }; it makes its own message id (kept in metadata).
    const messages = events.map(({ type, data, metadata }) => ({ type, data, metadata }));
    const result = await this.store!.appendToStream(streamId, messages, { expectedStreamVersion: this.expected.get(streamId) ?? 0n });
    this.expected.set(streamId, result.nextExpectedStreamVersion);
  }

  private loaded(): EmmettPostgres {
    if (!this.emmett || !this.store || !this.dumbo) throw new Error('setup() first');
    return this.emmett;
  }

  private async admin(statement: string): Promise<void> {
    const admin = new Pool({ connectionString: this.url, max: 1 });
    await admin.query(statement).finally(() => admin.end());
  }

  private databaseUrl(): string {
    const url = new URL(this.url);
    url.pathname = `/${this.database}`;
    return url.toString();
  }
}
