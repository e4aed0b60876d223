import { EventStore, EventToAppend, EventMetadata, RecordedEvent } from '@kongthun/event-sourcing';
import { fold } from '@kongthun/kernel';
import {
  booksDecider,
  booksStreamId,
  BooksState,
  closeBooks,
  CommandMetadata,
  evolveBooks,
  FundEvent,
  initialBooks,
  openBooks,
} from '@kongthun/welfare-domain';
import { fundEventCodec } from './fund-event-codec';

/** A stream as read: its events and the revision an append must expect (-1n: it does not exist). */
export interface LoadedStream {
  streamId: string;
  events: FundEvent[];
  revision: bigint;
}

/** Events bound for one stream, appended with the revision it was read at. */
export interface StreamWrite {
  stream: LoadedStream;
  events: FundEvent[];
}

/**
 * The year money is recorded into: its books as read, or (first command of a new year) the
 * opening decided in memory with the close of the year before, written only with the command's
 * own events so that a refusal writes nothing.
 */
export interface OpenYear {
  fiscalYear: number;
  books: LoadedStream;
  state: BooksState;
  opening: FundEvent[];
  closing: StreamWrite | null;
  /** Earlier years read on the way (oldest last), for records a reversal or payout names. */
  earlier: LoadedStream[];
}

/** Reading and appending a fund's streams; no decision is taken here. */
export class FundStreams {
  constructor(private readonly store: EventStore) {}

  async read(streamId: string): Promise<LoadedStream> {
    const recorded = await this.store.readStream(streamId);
    return {
      streamId,
      events: recorded.map((event) => fundEventCodec.decode(event)),
      revision: recorded.length === 0 ? -1n : recorded[recorded.length - 1].streamRevision,
    };
  }

  /** The open books of `fiscalYear`, opening them in memory from the latest earlier year (back to the founding year). */
  async openYear(fundId: string, fiscalYear: number, foundingYear: number, metadata: CommandMetadata): Promise<OpenYear> {
    const books = await this.read(booksStreamId(fundId, fiscalYear));
    if (books.revision >= 0n)
      return { fiscalYear, books, state: fold(booksDecider, books.events), opening: [], closing: null, earlier: [] };
    for (let year = fiscalYear - 1; year >= foundingYear; year--) {
      const previous = await this.read(booksStreamId(fundId, year));
      if (previous.revision < 0n) continue;
      let before = fold(booksDecider, previous.events);
      let closing: StreamWrite | null = null;
      if (before.status === 'open') {
        const closed = closeBooks({ type: 'CloseBooks', data: { fundId }, metadata }, before);
        closing = { stream: previous, events: closed };
        before = closed.reduce(evolveBooks, before);
      }
      return this.opened(fundId, fiscalYear, books, before, closing, [previous], metadata);
    }
    return this.opened(fundId, fiscalYear, books, null, null, [], metadata);
  }

  /** Reads earlier years' books back to `downTo` (inclusive) that `year` does not already hold. */
  async earlierYears(fundId: string, year: OpenYear, downTo: number): Promise<LoadedStream[]> {
    const have = new Set([year.books.streamId, ...year.earlier.map((stream) => stream.streamId)]);
    const years: LoadedStream[] = [];
    for (let fiscalYear = year.fiscalYear - 1; fiscalYear >= downTo; fiscalYear--) {
      const streamId = booksStreamId(fundId, fiscalYear);
      if (!have.has(streamId)) years.push(await this.read(streamId));
    }
    return years;
  }

  /** Appends each write in order with the revision it was read at; the first conflict stops the rest. */
  async append(writes: StreamWrite[], metadata: EventMetadata, newEventId: () => string): Promise<RecordedEvent[]> {
    const recorded: RecordedEvent[] = [];
    for (const { stream, events } of writes) {
      if (events.length === 0) continue;
      const toAppend: EventToAppend[] = events.map((event) => ({ ...fundEventCodec.encode(event), id: newEventId(), metadata }));
      const result = await this.store.appendToStream(stream.streamId, toAppend, stream.revision < 0n ? 'no-stream' : stream.revision);
      recorded.push(...result.events);
    }
    return recorded;
  }

  private opened(
    fundId: string,
    fiscalYear: number,
    books: LoadedStream,
    previous: BooksState | null,
    closing: StreamWrite | null,
    earlier: LoadedStream[],
    metadata: CommandMetadata,
  ): OpenYear {
    const opening = openBooks({ type: 'OpenBooks', data: { fundId, fiscalYear, previous }, metadata }, initialBooks());
    return { fiscalYear, books, state: fold(booksDecider, opening), opening, closing, earlier };
  }
}
