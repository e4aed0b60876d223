/**
 * One incremental operation timed at one size next to its baseline (the way it is done without
 * the increment) at the same size, in the same run.
 */
export interface ScaleResult {
  /** Which operation and engine. */
  subject: string;
  /** The size it is set against: ledger events, findings, money messages. */
  size: number;
  /** Milliseconds of the incremental operation (fastest of its rounds). */
  incrementalMs: number;
  /** Milliseconds of the baseline at the same size. */
  baselineMs: number;
  /** What the incremental operation read or did, for the reader (e.g. `10 streams, 210 events`). */
  note: string;
}
