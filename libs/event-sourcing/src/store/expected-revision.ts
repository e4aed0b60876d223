/**
 * What the writer believes about the stream before appending:
 * `no-stream` (creating it), `any` (no check), or the exact revision of its last event.
 */
export type ExpectedRevision = 'no-stream' | 'any' | bigint;

/** Whether an append may go ahead, given the stream's current revision (-1n when it does not exist). */
export const expectationHolds = (expected: ExpectedRevision, current: bigint): boolean => {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return current === -1n;
  return expected === current;
};

export const describeExpected = (expected: ExpectedRevision): string => (typeof expected === 'bigint' ? `revision ${expected}` : expected);
