import { ChangeStep } from './read-model-store';

/**
 * A projection's events of one stream arrive in revision order (Kafka: the stream id is the key; the
 * log: revision order within a stream). A revision past the checkpoint plus one means an event
 * went missing upstream: applying the later one would bake the loss into the read model.
 */
export class ReadModelGapError extends Error {
  readonly code = 'read-model.gap';

  constructor(
    readonly projection: string,
    readonly streamId: string,
    readonly lastApplied: bigint | undefined,
    readonly revision: bigint,
  ) {
    super(
      `${projection}: ${streamId} revision ${revision} arrived after revision ${lastApplied ?? 'none'}; expected ${nextRevision(lastApplied)}`,
    );
    this.name = 'ReadModelGapError';
  }
}

const nextRevision = (lastApplied: bigint | undefined): bigint => (lastApplied === undefined ? 0n : lastApplied + 1n);

/** A step's changes are applied side by side: two of the same document would lose one. */
export const assertEachDocumentOnce = (step: ChangeStep): void => {
  const keys = step.changes.map((change) => JSON.stringify([change.collection, change.id]));
  if (new Set(keys).size !== keys.length)
    throw new Error(`${step.projection}: ${step.streamId} revision ${step.revision} changes a document twice`);
};

/** `next` to apply, `already-applied` for a redelivery; throws {@link ReadModelGapError} for a gap. */
export const orderOf = (
  projection: string,
  streamId: string,
  lastApplied: bigint | undefined,
  revision: bigint,
): 'next' | 'already-applied' => {
  if (lastApplied !== undefined && revision <= lastApplied) return 'already-applied';
  if (revision !== nextRevision(lastApplied)) throw new ReadModelGapError(projection, streamId, lastApplied, revision);
  return 'next';
};
