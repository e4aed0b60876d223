import { Pool } from 'pg';
import { EventStore, ExpectedRevision, LogCheckpoint, PgliteSqlClient, PgSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { appendConcurrently, appendInOrder, BenchEvent, StreamAppends, Subject } from './workload';

/** The subject: Kongthun's SqlEventStore, through its public port only. */
export class KongthunSubject implements Subject {
  private store?: EventStore;
  private readonly expected = new Map<string, ExpectedRevision>();

  private constructor(
    private readonly open: () => Promise<EventStore>,
    private readonly dropSchema: () => Promise<void>,
  ) {}

  /** On the PostgreSQL server, in a schema of its own that teardown drops. */
  static onServer(url: string, poolSize: number, schema: string): KongthunSubject {
    return new KongthunSubject(
      () => SqlEventStore.open(new PgSqlClient({ connectionString: url, max: poolSize }), { schema }),
      // The immutability trigger refuses DELETE and TRUNCATE, so the schema goes whole, from outside the store.
      async () => {
        const admin = new Pool({ connectionString: url, max: 1 });
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => admin.end());
      },
    );
  }

  /** In-process PGlite: a fresh in-memory database, gone once closed. */
  static onPglite(): KongthunSubject {
    return new KongthunSubject(
      async () => SqlEventStore.open(await PgliteSqlClient.open('memory://')),
      async () => undefined,
    );
  }

  async setup(): Promise<void> {
    this.store = await this.open();
  }

  appendOneStream(stream: StreamAppends): Promise<void> {
    return appendInOrder(stream, (id, events) => this.append(id, events));
  }

  appendManyStreams(streams: StreamAppends[], concurrency: number): Promise<void> {
    return appendConcurrently(streams, concurrency, (id, events) => this.append(id, events));
  }

  async readAll(batchSize: number, positions?: Set<string>): Promise<number> {
    let after: LogCheckpoint | undefined;
    let count = 0;
    for (;;) {
      const batch = await this.opened().readAll({ after, maxCount: batchSize });
      count += batch.length;
      if (positions) for (const entry of batch) positions.add(entry.event.globalPosition.toString());
      if (batch.length < batchSize) return count;
      after = batch[batch.length - 1].checkpoint;
    }
  }

  async teardown(): Promise<void> {
    try {
      await this.store?.close();
    } finally {
      await this.dropSchema();
    }
  }

  private async append(streamId: string, events: BenchEvent[]): Promise<void> {
    const result = await this.opened().appendToStream(streamId, events, this.expected.get(streamId) ?? 'no-stream');
    this.expected.set(streamId, result.nextExpectedRevision);
  }

  private opened(): EventStore {
    if (!this.store) throw new Error('setup() first');
    return this.store;
  }
}
