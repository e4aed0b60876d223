import { EventMetadata, EventStore, EventToAppend, ExpectedRevision, RecordedEvent } from '@kongthun/event-sourcing';
import { fold } from '@kongthun/kernel';
import {
  booksDecider,
  booksStreamId,
  BooksState,
  closeBooks,
  closeMemberYear,
  CommandMetadata,
  evolveBooks,
  fundDecider,
  FundEvent,
  initialBooks,
  memberStreamId,
  openBooks,
  openMemberYear,
} from '@kongthun/welfare-domain';
import { fundEventCodec } from './fund-event-codec';

/** A stream as read: its events and the revision an append must expect (-1n: it does not exist). */
export interface LoadedStream {
  streamId: string;
  events: FundEvent[];
  revision: bigint;
}

/** Events bound for one stream, appended with the revision it was read at (`any`: a fact that needs no check). */
export interface StreamWrite {
  stream: LoadedStream;
  events: FundEvent[];
  anyRevision?: boolean;
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

/**
 * A member's open fiscal year: its stream as read, and (first command about the member in a new
 * year) the opening carried from the latest earlier year, with the close that fences that year,
 * both written only with the command's own events.
 */
export interface MemberYear {
  stream: LoadedStream;
  opening: FundEvent[];
  closing: StreamWrite | null;
}

/** What a command folds of a member's year: the opening, then the year's events. */
export const memberEvents = (year: MemberYear): LoadedStream => ({ ...year.stream, events: [...year.opening, ...year.stream.events] });

/** Writes to a member's year: the close of the year before and the opening go first, with the command's events. */
export const toMember = (year: MemberYear, events: FundEvent[]): StreamWrite[] =>
  events.length === 0
    ? []
    : [...(year.closing === null ? [] : [year.closing]), { stream: year.stream, events: [...year.opening, ...events] }];

/**
 * Reading and appending a fund's streams; no decision is taken here. `session()` gives a reader for
 * one command attempt that reads each stream once, and can start reads before they are asked for
 * (the member's year while governance is read), so that a command costs fewer round trips in a row.
 */
export class FundStreams {
  constructor(
    private readonly store: EventStore,
    private readonly reads: Map<string, Promise<LoadedStream>> | null = null,
  ) {}

  session(): FundStreams {
    return new FundStreams(this.store, new Map());
  }

  /** Starts reading `streamId` now, for a later `read` in the same session. */
  prefetch(streamId: string): void {
    // Its failure surfaces where it is read; unread, it must not be an unhandled rejection.
    this.read(streamId).catch(() => undefined);
  }

  read(streamId: string): Promise<LoadedStream> {
    if (this.reads === null) return this.readNow(streamId);
    const reading = this.reads.get(streamId) ?? this.readNow(streamId);
    this.reads.set(streamId, reading);
    return reading;
  }

  /**
   * `memberId`'s `fiscalYear`: its stream, or, when the year is not opened yet, the opening decided
   * from the latest earlier year (back to the founding year) folded on `governance`. A member found
   * in no year is new: the year's stream does not exist and nothing is carried.
   */
  async memberYear(
    fundId: string,
    memberId: string,
    fiscalYear: number,
    foundingYear: number,
    governance: FundEvent[],
  ): Promise<MemberYear> {
    const stream = await this.read(memberStreamId(fundId, memberId, fiscalYear));
    if (stream.revision >= 0n) return { stream, opening: [], closing: null };
    for (let year = fiscalYear - 1; year >= foundingYear; year--) {
      const previous = await this.read(memberStreamId(fundId, memberId, year));
      if (previous.revision < 0n) continue;
      const fund = fold(fundDecider, [...governance, ...previous.events]);
      const opened = fund.status === 'Registered' ? openMemberYear(fund, memberId, fiscalYear) : null;
      const closed = previous.events[previous.events.length - 1]?.type === 'welfare.member.year-closed';
      return {
        stream,
        opening: opened === null ? [] : [opened],
        closing: closed ? null : { stream: previous, events: [closeMemberYear(fundId, memberId, year)] },
      };
    }
    return { stream, opening: [], closing: null };
  }

  private async readNow(streamId: string): Promise<LoadedStream> {
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

  /**
   * Appends each write in order with the revision it was read at; the first conflict stops the rest.
   * `together`: the writes go in one atomic append when the store has one (a refusal of any rolls
   * back the others: a claim's index entry, an enrolment's roster entry or a reversal's debit is never
   * left behind by a lost race, and a reversal's id-index entry never goes missing).
   */
  async append(writes: StreamWrite[], metadata: EventMetadata, newEventId: () => string, together = false): Promise<RecordedEvent[]> {
    const toAppend = (events: FundEvent[]): EventToAppend[] =>
      events.map((event) => ({ ...fundEventCodec.encode(event), id: newEventId(), metadata }));
    const expected = ({ stream, anyRevision }: StreamWrite): ExpectedRevision =>
      anyRevision ? 'any' : stream.revision < 0n ? 'no-stream' : stream.revision;
    const nonEmpty = writes.filter((write) => write.events.length > 0);
    const recorded: RecordedEvent[] = [];
    if (together && nonEmpty.length > 1 && this.store.appendToStreams !== undefined) {
      const results = await this.store.appendToStreams(
        nonEmpty.map((write) => ({ streamId: write.stream.streamId, events: toAppend(write.events), expectedRevision: expected(write) })),
      );
      return results.flatMap((result) => result.events);
    }
    for (const write of nonEmpty) {
      const result = await this.store.appendToStream(write.stream.streamId, toAppend(write.events), expected(write));
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
