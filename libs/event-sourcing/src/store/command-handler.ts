import { Decider, fold } from '../decider';
import { EventMetadata, EventToAppend, RecordedEvent } from './event-envelope';
import { EventStore } from './event-store';
import { isWrongExpectedRevision } from './event-store-error';
import { JsonObject } from './json';

/** How a context's domain events map to and from what the store keeps (e.g. Money ↔ decimal string). */
export interface EventCodec<Event> {
  encode(event: Event): { type: string; schemaVersion: number; data: JsonObject };
  decode(recorded: RecordedEvent): Event;
}

/** What the caller supplies around a command: who, why, and the ids of the events it may produce. */
export interface CommandContext<State = unknown> {
  metadata: EventMetadata;
  /** Refuses (throws) when the actor may not act on this state; runs on the same fold `decide` sees. */
  authorize?: (state: State) => void;
  /** Makes event ids (UUIDv7); injected so deciders stay pure and tests stay deterministic. */
  newEventId: () => string;
}

export interface HandledCommand<State> {
  state: State;
  events: RecordedEvent[];
  nextExpectedRevision: bigint;
}

/**
 * Load, fold, decide, append. A concurrency conflict is retried once on fresh state; a domain error
 * from `decide` passes through unchanged and nothing is written.
 */
export const handleCommand = async <Command, Event, State>(
  store: EventStore,
  decider: Decider<Command, Event, State>,
  codec: EventCodec<Event>,
  streamId: string,
  command: Command,
  context: CommandContext<State>,
): Promise<HandledCommand<State>> => {
  const attempt = async (): Promise<HandledCommand<State>> => {
    const history = await store.readStream(streamId);
    const state = fold(
      decider,
      history.map((recorded) => codec.decode(recorded)),
    );
    context.authorize?.(state);
    const decided = decider.decide(command, state);
    const current = history.length === 0 ? -1n : history[history.length - 1].streamRevision;
    if (decided.length === 0) return { state, events: [], nextExpectedRevision: current };
    const toAppend: EventToAppend[] = decided.map((event) => ({
      ...codec.encode(event),
      id: context.newEventId(),
      metadata: context.metadata,
    }));
    const result = await store.appendToStream(streamId, toAppend, current === -1n ? 'no-stream' : current);
    return { state: decided.reduce(decider.evolve, state), events: result.events, nextExpectedRevision: result.nextExpectedRevision };
  };
  try {
    return await attempt();
  } catch (error) {
    if (!isWrongExpectedRevision(error)) throw error;
    return attempt();
  }
};
