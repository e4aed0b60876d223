import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  MaxAppendSizeExceededError,
  NO_STREAM,
  START,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import type { Position, ReadStreamOptions as KurrentReadStreamOptions } from '@kurrent/kurrentdb-client';
import { checkAppend, chainEvents, DEFAULT_MAX_EVENT_BYTES } from '../store/append-rules';
import { AppendNotifier } from '../store/append-notifier';
import { EventToAppend, LogEntry, RecordedEvent } from '../store/event-envelope';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions } from '../store/event-store';
import { EventStoreError, WrongExpectedRevisionError } from '../store/event-store-error';
import { ExpectedRevision, expectationHolds } from '../store/expected-revision';
import {
  comparePositions,
  formatCheckpoint,
  fromStoredRecord,
  isSystemRecord,
  parseCheckpoint,
  toEventData,
} from './kurrentdb-event-layout';

export interface KurrentDbEventStoreOptions {
  now?: () => Date;
  maxEventBytes?: number;
}

/** How often an `any` append re-reads and retries while other writers keep moving the stream. */
const ANY_ATTEMPTS = 5;

/**
 * The event store on a KurrentDB (EventStoreDB) server. KurrentDB checks the expected revision but
 * knows nothing of our hash chain, so every append reads the stream's last event, chains onto it
 * and appends expecting exactly that revision: a writer that got in between makes the append fail
 * instead of forking the chain. See README.md for the event layout and how this store differs.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly notifier = new AppendNotifier();

  private constructor(
    private readonly client: KurrentDBClient,
    private readonly now: () => Date,
    private readonly maxEventBytes: number,
  ) {}

  static async open(connectionString: string, options: KurrentDbEventStoreOptions = {}): Promise<KurrentDbEventStore> {
    const client = KurrentDBClient.connectionString(connectionString);
    const store = new KurrentDbEventStore(client, options.now ?? (() => new Date()), options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES);
    try {
      // The client connects lazily; a wrong address should fail here, not at the first command.
      await store.lastEvent('kongthun-connection-probe');
    } catch (error) {
      await client.dispose();
      throw error;
    }
    return store;
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    checkAppend(streamId, events, this.maxEventBytes);
    // readAll skips `$` streams as KurrentDB's own, so an event appended to one would never reach the log.
    if (streamId.startsWith('$'))
      throw new EventStoreError('eventstore.invalid-stream-id', `Stream ids starting with $ are reserved by KurrentDB: ${streamId}`, {
        streamId,
      });
    for (let attempt = 1; ; attempt++) {
      const last = await this.lastEvent(streamId);
      const current = last?.streamRevision ?? -1n;
      if (!expectationHolds(expectedRevision, current)) throw new WrongExpectedRevisionError(streamId, expectedRevision, current);
      const chained = chainEvents(streamId, events, current, last?.hash ?? null, this.now().toISOString());
      const conflict = await this.write(streamId, chained, current);
      if (conflict === undefined) {
        const recorded = await this.confirm(streamId, chained);
        this.notifier.notify();
        return { nextExpectedRevision: recorded[recorded.length - 1].streamRevision, events: recorded };
      }
      // Only `any` may chain onto whatever the other writer left; an exact expectation is now simply wrong.
      if (expectedRevision !== 'any' || attempt >= ANY_ATTEMPTS) throw new WrongExpectedRevisionError(streamId, expectedRevision, conflict);
    }
  }

  /** Appends expecting the stream at `current`; undefined once written, else the revision another writer left it at. */
  private async write(streamId: string, chained: Omit<RecordedEvent, 'globalPosition'>[], current: bigint): Promise<bigint | undefined> {
    try {
      const result = await this.client.appendToStream(streamId, chained.map(toEventData), {
        streamState: current < 0n ? NO_STREAM : current,
      });
      if (result.success) return undefined;
      // `throwOnAppendFailure=false` in the connection string reports a conflict here instead, and
      // the batch-append path then reports its revision wrongly (1n or -1n), so ask the stream.
      return (await this.lastEvent(streamId))?.streamRevision ?? -1n;
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return error.actualState === NO_STREAM ? -1n : error.actualState;
      if (error instanceof StreamDeletedError) throw deleted(streamId);
      if (error instanceof MaxAppendSizeExceededError)
        throw new EventStoreError(
          'eventstore.append-too-large',
          `The append to ${streamId} exceeds the server's maximum append size of ${error.maxAppendSize} bytes`,
          {
            streamId,
            limit: String(error.maxAppendSize),
          },
        );
      throw error;
    }
  }

  /**
   * Reads the append back. The hashes tell our write from KurrentDB's idempotent no-op (it
   * answers success without writing when the same event ids already follow the expected revision,
   * e.g. a retried request racing its first try); and the read gives every event's log position,
   * where the append result carries only one.
   */
  private async confirm(streamId: string, chained: Omit<RecordedEvent, 'globalPosition'>[]): Promise<RecordedEvent[]> {
    const stored = await this.read(streamId, { fromRevision: chained[0].streamRevision, maxCount: chained.length });
    if (stored.length === chained.length && chained.every((event, i) => stored[i].hash === event.hash)) return stored;
    if (stored.length === chained.length && chained.every((event, i) => stored[i].id === event.id))
      throw new EventStoreError('eventstore.duplicate-event-id', 'An event with this id is already stored', {
        streamId,
        eventId: chained[0].id,
      });
    throw new EventStoreError(
      'eventstore.append-unconfirmed',
      `The events appended to ${streamId} from revision ${chained[0].streamRevision} do not read back as written`,
      {
        streamId,
        fromRevision: chained[0].streamRevision.toString(),
      },
    );
  }

  private async lastEvent(streamId: string): Promise<RecordedEvent | undefined> {
    const [last] = await this.read(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last;
  }

  private async read(streamId: string, options: KurrentReadStreamOptions): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      // The leader: the port promises that a read sees every append acknowledged before it.
      for await (const resolved of this.client.readStream(streamId, { ...options, requiresLeader: true })) {
        if (resolved.event) events.push(fromStoredRecord(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      if (error instanceof StreamDeletedError) throw deleted(streamId);
      throw error;
    }
    return events;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.maxCount !== undefined && options.maxCount <= 0) return [];
    const from = options.fromRevision ?? 0n;
    return this.read(streamId, { direction: FORWARDS, fromRevision: from > 0n ? from : START, maxCount: options.maxCount });
  }

  /**
   * `$all` in log order, which KurrentDB exposes only up to what it has indexed, so nothing earlier
   * can turn up later. `fromPosition` is inclusive: each page asks for one more than needed and
   * drops the entry at the cursor. System events are skipped here, so a page can come back short
   * while the log goes on: keep paging until the batch is full or the log ends.
   */
  async readAll(options: ReadAllOptions): Promise<LogEntry[]> {
    const entries: LogEntry[] = [];
    if (options.maxCount <= 0) return entries;
    const pageSize = options.maxCount + 1;
    let cursor: Position | undefined = parseCheckpoint(options.after);
    for (;;) {
      let read = 0;
      const page = this.client.readAll({ fromPosition: cursor ?? START, maxCount: pageSize, direction: FORWARDS, requiresLeader: true });
      for await (const { event: record } of page) {
        read++;
        if (!record || (cursor && comparePositions(record.position, cursor) <= 0)) continue;
        cursor = record.position;
        if (isSystemRecord(record) || entries.length === options.maxCount) continue;
        entries.push({ event: fromStoredRecord(record), checkpoint: formatCheckpoint(record.position) });
      }
      if (entries.length === options.maxCount || read < pageSize) return entries;
    }
  }

  onAppended(listener: () => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

const deleted = (streamId: string): EventStoreError =>
  new EventStoreError('eventstore.stream-deleted', `Stream ${streamId} was deleted at the KurrentDB server`, { streamId });
