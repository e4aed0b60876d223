import { RecordedEvent } from '@kongthun/event-sourcing';

/** What the chain check needs of the audit ledger: its copy of every stream, in revision order. */
export interface LedgerStreams {
  streamIds(): Promise<string[]>;
  readStream(streamId: string): Promise<RecordedEvent[]>;
}

/** A service's own store, read only, named by the context whose streams it owns (`welfare`, ...). */
export interface SourceStore {
  context: string;
  readStream(streamId: string): Promise<RecordedEvent[]>;
}

/** The context a stream belongs to: the first word of its events' types. */
export const contextOfStream = (events: readonly RecordedEvent[]): string | undefined => events[0]?.type.split('.')[0];
