import { checkAppend, chainEvents, DEFAULT_MAX_EVENT_BYTES } from '../store/append-rules';
import { AppendNotifier } from '../store/append-notifier';
import { EventToAppend, LogEntry, RecordedEvent } from '../store/event-envelope';
import { AppendResult, EventStore, ReadAllOptions, ReadStreamOptions, StreamAppend } from '../store/event-store';
import { EventStoreError, WrongExpectedRevisionError } from '../store/event-store-error';
import { ExpectedRevision, expectationHolds } from '../store/expected-revision';

export interface InMemoryEventStoreOptions {
  now?: () => Date;
  maxEventBytes?: number;
}

/** For unit tests only: same contract as the real stores, nothing survives the process. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly notifier = new AppendNotifier();
  private readonly now: () => Date;
  private readonly maxEventBytes: number;

  constructor(options: InMemoryEventStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.maxEventBytes = options.maxEventBytes ?? DEFAULT_MAX_EVENT_BYTES;
  }

  async appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.check(streamId, events, expectedRevision);
    return this.appendChecked(streamId, events);
  }

  /** Every append is checked before any is written; nothing awaits in between, so no other append interleaves. */
  async appendToStreams(appends: readonly StreamAppend[]): Promise<AppendResult[]> {
    if (new Set(appends.map((append) => append.streamId)).size !== appends.length)
      throw new EventStoreError('eventstore.stream-twice', 'A stream appears twice in one multi-stream append');
    for (const { streamId, events, expectedRevision } of appends) this.check(streamId, events, expectedRevision);
    const ids = appends.flatMap((append) => append.events.map((event) => event.id));
    if (new Set(ids).size !== ids.length)
      throw new EventStoreError('eventstore.duplicate-event-id', 'An event id appears twice in one append');
    return appends.map(({ streamId, events }) => this.appendChecked(streamId, events));
  }

  private check(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): void {
    checkAppend(streamId, events, this.maxEventBytes);
    const stored = events.find((event) => this.eventIds.has(event.id));
    if (stored)
      throw new EventStoreError('eventstore.duplicate-event-id', 'An event with this id is already stored', {
        streamId,
        eventId: stored.id,
      });
    const stream = this.streams.get(streamId) ?? [];
    const last = stream[stream.length - 1];
    const current = last?.streamRevision ?? -1n;
    if (!expectationHolds(expectedRevision, current)) throw new WrongExpectedRevisionError(streamId, expectedRevision, current);
  }

  private appendChecked(streamId: string, events: readonly EventToAppend[]): AppendResult {
    const stream = this.streams.get(streamId) ?? [];
    const last = stream[stream.length - 1];
    const current = last?.streamRevision ?? -1n;
    const chained = chainEvents(streamId, structuredClone(events), current, last?.hash ?? null, this.now().toISOString());
    const recorded = chained.map(
      (event, index) => Object.freeze({ ...event, globalPosition: BigInt(this.log.length + 1 + index) }) as RecordedEvent,
    );
    this.log.push(...recorded);
    for (const event of recorded) this.eventIds.add(event.id);
    this.streams.set(streamId, [...stream, ...recorded]);
    this.notifier.notify();
    return { nextExpectedRevision: recorded[recorded.length - 1].streamRevision, events: structuredClone(recorded) };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const from = Number(options.fromRevision ?? 0n);
    const stream = this.streams.get(streamId) ?? [];
    return structuredClone(stream.slice(from, options.maxCount === undefined ? undefined : from + options.maxCount));
  }

  async readAll(options: ReadAllOptions): Promise<LogEntry[]> {
    const from = options.after === undefined ? 0 : Number(options.after);
    return this.log
      .slice(from, from + options.maxCount)
      .map((event) => ({ event: structuredClone(event), checkpoint: event.globalPosition.toString() }));
  }

  onAppended(listener: () => void): () => void {
    return this.notifier.subscribe(listener);
  }

  async close(): Promise<void> {}
}
