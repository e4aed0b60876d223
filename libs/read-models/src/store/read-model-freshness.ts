/**
 * How a reader that must see its own earlier writes waits for the read models. Embedded: the
 * event-log follower, in the same process as the writes. Distributed reads have none: they are
 * eventually consistent, behind the writes by the publisher's and the consumer's lag.
 */
export interface ReadModelFreshness {
  /** Resolves once the read models include every write made in this process before the call. */
  settled(): Promise<void>;
}
