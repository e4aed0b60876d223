import { Pool } from 'pg';
import { appendConcurrently, appendInOrder, BenchEvent, StreamAppends, Subject } from './workload';

/** Same width as a SHA-256 hex digest, so rows weigh what an event store's rows weigh. */
const HASH = 'f'.repeat(64);
const COLUMNS = 8;

/**
 * The physical floor: the same columns an event store keeps, one autocommitted INSERT per append
 * (one round trip, one commit), read back by a bigserial key. No stream table, no trigger, no
 * xid column, no hash chain, no check beyond UNIQUE (stream_id, revision) — which alone would
 * already refuse a stale writer, so this is a usable if minimal store.
 */
export class RawBaseline implements Subject {
  private readonly pool: Pool;
  private readonly nextRevision = new Map<string, number>();

  constructor(
    url: string,
    poolSize: number,
    private readonly schema: string,
  ) {
    this.pool = new Pool({ connectionString: url, max: poolSize });
  }

  async setup(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA ${this.schema};
      CREATE TABLE ${this.schema}.events (
        position    bigserial   PRIMARY KEY,
        event_id    uuid        NOT NULL,
        stream_id   text        NOT NULL,
        revision    bigint      NOT NULL,
        event_type  text        NOT NULL,
        data        jsonb       NOT NULL,
        metadata    jsonb       NOT NULL,
        recorded_at timestamptz NOT NULL,
        hash        text        NOT NULL,
        UNIQUE (stream_id, revision)
      )`);
  }

  appendOneStream(stream: StreamAppends): Promise<void> {
    return appendInOrder(stream, (id, events) => this.append(id, events));
  }

  appendManyStreams(streams: StreamAppends[], concurrency: number): Promise<void> {
    return appendConcurrently(streams, concurrency, (id, events) => this.append(id, events));
  }

  async readAll(batchSize: number, positions?: Set<string>): Promise<number> {
    let after = '0';
    let count = 0;
    for (;;) {
      // Bigints as text, as the Kongthun store does, so no side pays for BigInt parsing the other skips.
      const { rows } = await this.pool.query<{ position: string }>(
        // `e.position`, not `position`: the bare name would sort by the text alias (then '1000' < '999').
        `SELECT e.position::text AS position, event_id, stream_id, revision::text AS revision, event_type, data, metadata, recorded_at, hash
         FROM ${this.schema}.events e WHERE e.position > $1::bigint ORDER BY e.position LIMIT $2`,
        [after, batchSize],
      );
      count += rows.length;
      if (positions) for (const row of rows) positions.add(row.position);
      if (rows.length < batchSize) return count;
      after = rows[rows.length - 1].position;
    }
  }

  async teardown(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`).finally(() => this.pool.end());
  }

  private async append(streamId: string, events: BenchEvent[]): Promise<void> {
    const first = this.nextRevision.get(streamId) ?? 0;
    const params: unknown[] = [];
    const values = events.map((event, i) => {
      params.push(event.id, streamId, first + i, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), new Date(), HASH);
      const n = params.length - COLUMNS;
      return `($${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}::jsonb, $${n + 6}::jsonb, $${n + 7}, $${n + 8})`;
    });
    // A single statement outside BEGIN/COMMIT is its own transaction: the fewest round trips possible.
    await this.pool.query(
      `INSERT INTO ${this.schema}.events (event_id, stream_id, revision, event_type, data, metadata, recorded_at, hash) VALUES ${values.join(', ')}`,
      params,
    );
    this.nextRevision.set(streamId, first + events.length);
  }
}
