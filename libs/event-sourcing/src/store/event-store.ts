import { EventToAppend, LogCheckpoint, LogEntry, RecordedEvent } from './event-envelope';
import { ExpectedRevision } from './expected-revision';

export interface AppendResult {
  /** Revision of the last appended event: the `expectedRevision` of the next append. */
  nextExpectedRevision: bigint;
  events: RecordedEvent[];
}

/** One stream's part of an append to several streams at once. */
export interface StreamAppend {
  streamId: string;
  events: readonly EventToAppend[];
  expectedRevision: ExpectedRevision;
}

export interface ReadStreamOptions {
  fromRevision?: bigint;
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Start just after this checkpoint; from the beginning when absent. */
  after?: LogCheckpoint;
  maxCount: number;
}

/**
 * The event store port. Every adapter passes the same contract suite (`testing/event-store-contract`).
 * Nothing here can change or remove an event once appended.
 */
export interface EventStore {
  /** Appends atomically, or refuses with `WrongExpectedRevisionError` / `EventStoreError` and writes nothing. */
  appendToStream(streamId: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /**
   * Appends to several streams atomically: every expectation holds and all are written, or nothing
   * is (the first refusal is thrown). Optional: a store without multi-stream transactions leaves it
   * out, and callers append one stream at a time.
   */
  appendToStreams?(appends: readonly StreamAppend[]): Promise<AppendResult[]>;
  /** A stream's events in revision order; empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The global log in a batch. Never skips an event that becomes visible later than an event
   * already returned: an event appears only once every event ordered before it is visible.
   */
  readAll(options: ReadAllOptions): Promise<LogEntry[]>;
  /** Called after each successful append in this process, so local subscriptions wake at once. */
  onAppended(listener: () => void): () => void;
  close(): Promise<void>;
}
