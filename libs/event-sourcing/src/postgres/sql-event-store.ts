import { checkAppend, DEFAULT_MAX_EVENT_BYTES } from '../store/append-rules';
import { AppendNotifier } from '../store/append-notifier';
import { EventToAppend, LogEntry, RecordedEvent } from '../store/event-envelope';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, StreamAppend } from '../store/event-store';
import { EventStoreError, WrongExpectedRevisionError } from '../store/event-store-error';
import { ExpectedRevision } from '../store/expected-revision';
import { migrateEventStore } from './event-store-schema';
import { GroupCommit, JobOutcome } from './group-commit';
import { canonicalParts, canonicalPartsBytes, CanonicalParts, hashTemplate } from './hash-template';
import { SqlClient, SqlQueryable, sqlState } from './sql-client';
import { eventFromRow, EventRow, EVENT_COLUMNS } from './event-row';

export interface SqlEventStoreOptions {
  schema?: string;
  now?: () => Date;
  maxEventBytes?: number;
  /**
   * Append statements in flight at once; appends beyond it queue and then share one statement
   * and one commit (group-commit.ts). Default: the client's connections (`SqlClient.concurrency`).
   */
  maxAppendsInFlight?: number;
  /** Most appends one shared statement carries. */
  maxAppendsPerStatement?: number;
}

const UNIQUE_VIOLATION = '23505';

/** What append_to_stream returns: one row per event, or one row without a position when refused. */
interface AppendedRow {
  out_revision: string;
  out_position: string | null;
  out_prev_hash: string | null;
  out_hash: string | null;
}

/** An append checked and rendered for the database, waiting for its statement. */
interface PreparedAppend {
  streamId: string;
  events: readonly EventToAppend[];
  expectedRevision: ExpectedRevision;
  recordedAt: string;
  /** What append_to_stream takes as `p_events`. */
  payload: object[];
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

const settle = async <R>(work: () => Promise<R>): Promise<JobOutcome<R>> => {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
};

/** One SQL implementation of the event store for a PostgreSQL server (`pg`) and for PGlite. */
export class SqlEventStore implements EventStore {
  private readonly notifier = new AppendNotifier();
  private readonly appends: GroupCommit<PreparedAppend, AppendResult>;

  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
    private readonly now: () => Date,
    private readonly maxEventBytes: number,
    maxAppendsInFlight: number,
    maxAppendsPerStatement: number,
  ) {
    this.appends = new GroupCommit(maxAppendsInFlight, maxAppendsPerStatement, (jobs) => this.appendTogether(jobs));
  }

  static async open(sql: SqlClient, options: SqlEventStoreOptions = {}): Promise<SqlEventStore> {
    const schema = options.schema ?? 'kongthun';
    await migrateEventStore(sql, schema);
    return new SqlEventStore(
      sql,
      schema,
      options.now ?? (() => new Date()),
      options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES,
      options.maxAppendsInFlight ?? sql.concurrency ?? 1,
      options.maxAppendsPerStatement ?? 200,
    );
  }

  /**
   * One statement (append-function.ts): one round trip and one commit, whatever the expectation.
   * While every connection is busy, appends queue and share a statement (append-batch-function.ts).
   */
  async appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const result = await this.appends.submit(this.prepare(streamId, events, expectedRevision, this.now().toISOString()));
    this.notifier.notify();
    return result;
  }

  /**
   * The same statement per stream inside one transaction: a refused expectation rolls back the
   * streams already appended. Costs BEGIN and COMMIT on top, so callers use it only when two
   * streams must change together.
   */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    const recordedAt = this.now().toISOString();
    const prepared = appends.map(({ streamId, events, expectedRevision }) => this.prepare(streamId, events, expectedRevision, recordedAt));
    const results = await this.sql.transaction(async (tx) => {
      const appended: AppendResult[] = [];
      for (const append of prepared) appended.push(await this.appendOne(tx, append));
      return appended;
    });
    this.notifier.notify();
    return results;
  }

  private prepare(
    streamId: string,
    events: readonly EventToAppend[],
    expectedRevision: ExpectedRevision,
    recordedAt: string,
  ): PreparedAppend {
    const parts: CanonicalParts[] = [];
    checkAppend(streamId, events, this.maxEventBytes, (event, index) => canonicalPartsBytes((parts[index] = canonicalParts(event))));
    const payload = events.map((event, index) => ({
      id: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      metadata: event.metadata,
      ...hashTemplate(event, streamId, recordedAt, parts[index]),
    }));
    return { streamId, events, expectedRevision, recordedAt, payload };
  }

  /** A lone append runs as itself; queued ones share append_batch, or go one by one if it fails. */
  private async appendTogether(jobs: PreparedAppend[]): Promise<JobOutcome<AppendResult>[]> {
    if (jobs.length === 1) return [await settle(() => this.appendOne(this.sql, jobs[0]))];
    // By stream id (stable, so one stream's appends keep their order): batches lock heads in one order.
    const order = jobs
      .map((_, index) => index)
      .sort((a, b) => (jobs[a].streamId < jobs[b].streamId ? -1 : jobs[a].streamId > jobs[b].streamId ? 1 : a - b));
    let rows: (AppendedRow & { out_index: number })[];
    try {
      ({ rows } = await this.sql.query<AppendedRow & { out_index: number }>(
        `SELECT out_index, out_revision, out_position, out_prev_hash, out_hash FROM ${this.schema}.append_batch($1::jsonb)`,
        [
          JSON.stringify(
            order.map((index) => {
              const { streamId, expectedRevision, recordedAt, payload } = jobs[index];
              return { streamId, expected: expectedAsSql(expectedRevision), recordedAt, events: payload };
            }),
          ),
        ],
      ));
    } catch {
      // Nothing of the batch was written (a duplicate event id, say): each append alone meets its own fate.
      const outcomes: JobOutcome<AppendResult>[] = [];
      for (const job of jobs) outcomes.push(await settle(() => this.appendOne(this.sql, job)));
      return outcomes;
    }
    const byJob = new Map<number, AppendedRow[]>();
    for (const row of rows) {
      const job = order[row.out_index - 1];
      byJob.set(job, [...(byJob.get(job) ?? []), row]);
    }
    return jobs.map((job, index) => {
      try {
        return { ok: true, value: this.resultOf(job, byJob.get(index) ?? []) };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  private async appendOne(sql: SqlQueryable, append: PreparedAppend): Promise<AppendResult> {
    const { streamId, expectedRevision, recordedAt, payload } = append;
    try {
      const { rows } = await sql.query<AppendedRow>(
        `SELECT out_revision, out_position, out_prev_hash, out_hash FROM ${this.schema}.append_to_stream($1, $2::bigint, $3::timestamptz, $4::jsonb)`,
        [streamId, expectedAsSql(expectedRevision), recordedAt, JSON.stringify(payload)],
      );
      return this.resultOf(append, rows);
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION && /event_id/.test(String((error as Error).message)))
        throw new EventStoreError('eventstore.duplicate-event-id', 'An event with this id is already stored', { streamId });
      throw error;
    }
  }

  /** The rows append_to_stream returned for one append, as its result or its refusal. */
  private resultOf({ streamId, events, expectedRevision, recordedAt }: PreparedAppend, rows: AppendedRow[]): AppendResult {
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
