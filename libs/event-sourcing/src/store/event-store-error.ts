import { ExpectedRevision, describeExpected } from './expected-revision';

/** A refusal by the store, with a stable dotted code the HTTP layer maps to a 4xx answer. */
export class EventStoreError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'EventStoreError';
  }
}

/** Optimistic concurrency: somebody else appended first. */
export class WrongExpectedRevisionError extends EventStoreError {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    readonly actual: bigint,
  ) {
    super(
      'eventstore.wrong-expected-revision',
      `Stream ${streamId} expected ${describeExpected(expected)} but is at ${actual < 0n ? 'no-stream' : `revision ${actual}`}`,
      {
        streamId,
        expected: String(expected),
        actual: String(actual),
      },
    );
    this.name = 'WrongExpectedRevisionError';
  }
}

export const isWrongExpectedRevision = (error: unknown): error is WrongExpectedRevisionError => error instanceof WrongExpectedRevisionError;
