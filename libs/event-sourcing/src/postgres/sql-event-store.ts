import { checkAppend, DEFAULT_MAX_EVENT_BYTES } from '../store/append-rules';
import { AppendNotifier } from '../store/append-notifier';
import { EventToAppend, LogEntry, RecordedEvent } from '../store/event-envelope';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, StreamAppend } from '../store/event-store';
import { EventStoreError, WrongExpectedRevisionError } from '../store/event-store-error';
import { ExpectedRevision } from '../store/expected-revision';
import { migrateEventStore } from './event-store-schema';
import { CanonicalParts, canonicalPartsOf, canonicalSizeOf, hashTemplate } from './hash-template';
import { SqlClient, SqlQueryable, sqlState } from './sql-client';
import { eventFromRow, EventRow, EVENT_COLUMNS } from './event-row';

export interface SqlEventStoreOptions {
  schema?: string;
  now?: () => Date;
  maxEventBytes?: number;
}

const UNIQUE_VIOLATION = '23505';

/** What append_to_stream returns: one row per event, or one row without a position when refused. */
interface AppendedRow {
  out_revision: string;
  out_position: string | null;
  out_prev_hash: string | null;
  out_hash: string | null;
}

const expectedAsSql = (expected: ExpectedRevision): string | null => {
  if (expected === 'any') return null;
  if (expected === 'no-stream') return '-1';
  return expected.toString();
};

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

  /** One statement (append-function.ts): one round trip and one commit, whatever the expectation. */
  async appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const parts = this.check(streamId, events);
    const result = await this.appendWith(this.sql, streamId, events, parts, expectedRevision, this.now().toISOString());
    this.notifier.notify();
    return result;
  }

  /**
   * The same statement per stream inside one transaction: a refused expectation rolls back the
   * streams already appended. Costs BEGIN and COMMIT on top, so callers use it only when two
   * streams must change together.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const parts = appends.map(({ streamId, events }) => this.check(streamId, events));
    const recordedAt = this.now().toISOString();
    const results = await this.sql.transaction(async (tx) => {
      const appended: AppendResult[] = [];
      for (const [i, { streamId, events, expectedRevision }] of appends.entries())
        appended.push(await this.appendWith(tx, streamId, events, parts[i], expectedRevision, recordedAt));
      return appended;
    });
    this.notifier.notify();
    return results;
  }

  /** The append rules, measuring each event by the canonical JSON the append sends anyway. */
  private check(streamId: string, events: readonly EventToAppend[]): CanonicalParts[] {
    const parts: CanonicalParts[] = [];
    checkAppend(streamId, events, this.maxEventBytes, (event, index) => canonicalSizeOf((parts[index] = canonicalPartsOf(event))));
    return parts;
  }

  private async appendWith(
    sql: SqlQueryable,
    streamId: string,
    events: readonly EventToAppend[],
    parts: readonly CanonicalParts[],
    expectedRevision: ExpectedRevision,
    recordedAt: string,
  ): Promise<AppendResult> {
    // Data and metadata go as their canonical JSON (valid JSON, the same values), spliced in rather
    // than serialised a third time: a bucket of a thousand households is a few hundred KB of JSON.
    const payload = `[${events
      .map((event, i) => {
        const rest = JSON.stringify({
          id: event.id,
          type: event.type,
          schemaVersion: event.schemaVersion,
          ...hashTemplate(event, streamId, recordedAt, parts[i]),
        });
        return `{"data":${parts[i].data},"metadata":${parts[i].metadata},${rest.slice(1)}`;
      })
      .join(',')}]`;
    let rows: AppendedRow[];
    try {
      ({ rows } = await sql.query<AppendedRow>(
        `SELECT out_revision, out_position, out_prev_hash, out_hash FROM ${this.schema}.append_to_stream($1, $2::bigint, $3::timestamptz, $4::jsonb)`,
        [streamId, expectedAsSql(expectedRevision), recordedAt, payload],
      ));
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION && /event_id/.test(String((error as Error).message)))
        throw new EventStoreError('eventstore.duplicate-event-id', 'An event with this id is already stored', { streamId });
      throw error;
    }
    if (rows.length === 1 && rows[0].out_position === null)
      throw new WrongExpectedRevisionError(streamId, expectedRevision, BigInt(rows[0].out_revision));
    if (rows.length !== events.length) throw new Error(`append_to_stream returned ${rows.length} rows for ${events.length} events`);
    const byRevision = [...rows].sort((a, b) => (BigInt(a.out_revision) < BigInt(b.out_revision) ? -1 : 1));
    const recorded = events.map((event, index): RecordedEvent => {
      const row = byRevision[index];
      return {
        ...event,
        streamId,
        streamRevision: BigInt(row.out_revision),
        recordedAt,
        prevHash: row.out_prev_hash,
        hash: row.out_hash as string,
        globalPosition: BigInt(row.out_position as string),
      };
    });
    return { nextExpectedRevision: recorded[recorded.length - 1].streamRevision, events: recorded };
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
