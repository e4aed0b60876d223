/** Reads that must see earlier writes waited, and the projection did not catch up (or it is failing). */
export class ReadModelBehindError extends Error {
  readonly code = 'read-model.behind';

  constructor(readonly waitedMs: number) {
    super(`The read models did not catch up with the event log within ${waitedMs} ms`);
    this.name = 'ReadModelBehindError';
  }
}
