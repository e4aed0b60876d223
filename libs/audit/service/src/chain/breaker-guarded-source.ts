import { Breakers } from '@kongthun/breakers';
import { SourceStore } from './ledger-streams';

/**
 * A programme's store as the auditor reads it, through its own breaker (`audit.source.<context>`):
 * a source that is down is refused at once and shown open on /health, and the chain check goes on
 * with what the ledger holds instead of waiting on every stream.
 */
export const breakerGuardedSource = (source: SourceStore, breakers: Breakers): SourceStore => ({
  context: source.context,
  readStream: breakers.guard(`audit.source.${source.context}`, (streamId: string) => source.readStream(streamId)),
});
