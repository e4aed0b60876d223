/**
 * The read-model port: documents by collection and id, written by projections one event at a time.
 * Every adapter passes the same contract suite (`testing/read-model-store-contract`).
 *
 * Bodies are JSON only (money as decimal strings, no `undefined`, no class instances), so the
 * in-memory adapter and MongoDB keep exactly the same thing.
 */
export interface StoredDocument<T extends object = object> {
  id: string;
  /** The stream whose event last wrote the document. A document belongs to one stream. */
  streamId: string;
  /** Revision of that event: a document never goes back to an earlier one. */
  revision: bigint;
  body: T;
}

export interface DocumentWrite {
  collection: string;
  id: string;
  body: object;
}

/** What one event of one stream changes in a projection's documents. */
export interface ProjectionStep {
  /** The projection writing; checkpoints are kept per projection and stream. */
  projection: string;
  streamId: string;
  /** Revision of the projected event: the stream's checkpoint plus one. */
  revision: bigint;
  writes: readonly DocumentWrite[];
}

/** A page of a collection in id order: ids starting with `idPrefix`, after `after`, at most `limit`. */
export interface DocumentPage {
  idPrefix?: string;
  /** The last id of the previous page; the first page when absent. */
  after?: string;
  limit: number;
}

/**
 * A change to one document by one event: its next body from the one stored (undefined when there is
 * none). `undefined` leaves it as it is, `null` deletes it. Pure: an adapter may run it again when
 * another writer changed the document meanwhile.
 */
export interface DocumentChange<T extends object = object> {
  collection: string;
  id: string;
  // Method syntax: a change of a narrower body type still fits a step's list of changes.
  evolve(body: T | undefined): T | null | undefined;
}

/**
 * What one event of one stream changes in documents that many streams feed (a fund's running
 * totals fed by every member's stream). Unlike a {@link ProjectionStep}, a document here does not
 * belong to one stream: each change is guarded by the event (stream and revision) that made it.
 */
export interface ChangeStep {
  projection: string;
  streamId: string;
  revision: bigint;
  changes: readonly DocumentChange[];
}

/** `already-applied`: the checkpoint was at or past the step's revision (a redelivery); nothing was written. */
export type StepOutcome = 'applied' | 'already-applied';

export interface ReadModelStore {
  get<T extends object>(collection: string, id: string): Promise<StoredDocument<T> | undefined>;
  /** Lists, for views that page through many documents (a fund list, a member list). */
  list<T extends object>(collection: string, page: DocumentPage): Promise<StoredDocument<T>[]>;
  /** The projection's checkpoint for a stream: the last revision it applied; undefined before the first. */
  lastApplied(projection: string, streamId: string): Promise<bigint | undefined>;
  /**
   * Writes the step's documents, then moves the checkpoint to its revision. A revision at or before
   * the checkpoint is a no-op; one past the checkpoint plus one throws {@link ReadModelGapError}
   * and writes nothing, so the event is retried (or dead-lettered), never silently skipped.
   */
  apply(step: ProjectionStep): Promise<StepOutcome>;
  /**
   * Changes the step's documents, then moves the checkpoint to its revision; ordering as `apply`.
   * Each document is changed at most once per event, even when a crash between the documents and
   * the checkpoint brings the event again, and changes from different streams never overwrite one
   * another (MongoDB: compare-and-set on the document's version).
   */
  change(step: ChangeStep): Promise<StepOutcome>;
  /** Forgets what a projection wrote (its collections and its checkpoints), to rebuild it from the log. */
  drop(projection: string, collections: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
