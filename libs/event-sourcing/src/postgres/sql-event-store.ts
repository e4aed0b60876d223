import { checkAppend, chainEvents, DEFAULT_MAX_EVENT_BYTES } from '../store/append-rules';
import { AppendNotifier } from '../store/append-notifier';
import { EventToAppend, LogEntry, RecordedEvent } from '../store/event-envelope';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from '../store/event-store';
import { EventStoreError, WrongExpectedRevisionError } from '../store/event-store-error';
import { ExpectedRevision, expectationHolds } from '../store/expected-revision';
import { migrateEventStore } from './event-store-schema';
import { SqlClient, SqlQueryable, sqlState } from './sql-client';
import { eventFromRow, EventRow, EVENT_COLUMNS } from './event-row';

export interface SqlEventStoreOptions {
  schema?: string;
  now?: () => Date;
  maxEventBytes?: number;
}

const UNIQUE_VIOLATION = '23505';
/** 10 parameters an event; PostgreSQL takes at most 65,535 in one statement. */
const EVENTS_PER_INSERT = 5000;

const parseCheckpoint = (checkpoint: string | undefined): [string, string] => {
  if (checkpoint === undefined) return ['0', '0'];
  const match = /^(\d+):(\d+)$/.exec(checkpoint);
  if (!match) throw new EventStoreError('eventstore.invalid-checkpoint', `Not a checkpoint of this store: ${checkpoint}`);
  return [match[1], match[2]];
};

/** One SQL implementation of the event store for a PostgreSQL server (`pg`) and for PGlite. */
export class SqlEventStore implements EventStore {
  private readonly notifier = new AppendNotifier();

  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
    private readonly now: () => Date,
    private readonly maxEventBytes: number,
  ) {}

  static async open(sql: SqlClient, options: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    const schema = options.schema ?? 'kongthun';
    await migrateEventStore(sql, schema);
    return new SqlEventStore(sql, schema, options.now ?? (() => new Date()), options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES);
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, this.maxEventBytes);
    try {
      const recorded = await this.sql.transaction((tx) => this.appendIn(tx, streamId, events, expectedRevision));
      this.notifier.notify();
      return { nextExpectedRevision: recorded[recorded.length - 1].streamRevision, events: recorded };
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION && /event_id/.test(String((error as Error).message)))
        throw new EventStoreError('eventstore.duplicate-event-id', 'An event with this id is already stored', { streamId });
      throw error;
    }
  }

  private async appendIn(tx: SqlQueryable, streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<RecordedEvent[]> {
    // Creating the row first makes concurrent creators of one stream queue on it instead of racing.
    await tx.query(`INSERT INTO ${this.schema}.streams (stream_id, revision) VALUES ($1, -1) ON CONFLICT DO NOTHING`, [streamId]);
    const { rows } = await tx.query<{ revision: string; last_hash: string | null }>(
      `SELECT revision::text AS revision, last_hash FROM ${this.schema}.streams WHERE stream_id = $1 FOR UPDATE`,
      [streamId],
    );
    const current = BigInt(rows[0].revision);
    if (!expectationHolds(expected, current)) throw new WrongExpectedRevisionError(streamId, expected, current);
    const chained = chainEvents(streamId, events, current, rows[0].last_hash, this.now().toISOString());
    const positions: bigint[] = [];
    for (let start = 0; start < chained.length; start += EVENTS_PER_INSERT) {
      const slice = chained.slice(start, start + EVENTS_PER_INSERT);
      const params: unknown[] = [];
      const values = slice.map((event) => {
        params.push(event.id, streamId, event.streamRevision.toString(), event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata), event.recordedAt, event.prevHash, event.hash);
        const n = params.length - 10;
        return `($${n + 1}, $${n + 2}, $${n + 3}::bigint, $${n + 4}, $${n + 5}::integer, $${n + 6}::jsonb, $${n + 7}::jsonb, $${n + 8}::timestamptz, $${n + 9}, $${n + 10})`;
      });
      const inserted = await tx.query<{ position: string }>(
        `INSERT INTO ${this.schema}.events (event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, recorded_at, prev_hash, hash)
         VALUES ${values.join(', ')} RETURNING global_position::text AS position`,
        params,
      );
      positions.push(...inserted.rows.map((row) => BigInt(row.position)));
    }
    const last = chained[chained.length - 1];
    await tx.query(`UPDATE ${this.schema}.streams SET revision = $2::bigint, last_hash = $3 WHERE stream_id = $1`, [streamId, last.streamRevision.toString(), last.hash]);
    return chained.map((event, index) => ({ ...event, globalPosition: positions[index] }));
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.sql.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM ${this.schema}.events e WHERE e.stream_id = $1 AND e.stream_revision >= $2::bigint ORDER BY e.stream_revision LIMIT $3`,
      [streamId, (options.fromRevision ?? 0n).toString(), options.maxCount ?? null],
    );
    return rows.map(eventFromRow);
  }

  async readAll(options: ReadAllOptions): Promise<LogEntry[]> {
    const [transaction, position] = parseCheckpoint(options.after);
    const { rows } = await this.sql.query<EventRow & { transaction_id: string }>(
      `SELECT ${EVENT_COLUMNS}, e.transaction_id::text AS transaction_id FROM ${this.schema}.events e
       WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
         AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY e.transaction_id, e.global_position LIMIT $3`,
      [transaction, position, options.maxCount],
    );
    return rows.map((row) => ({ event: eventFromRow(row), checkpoint: `${row.transaction_id}:${row.global_position}` }));
  }

  onAppended(listener: () => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.sql.close();
  }
}
