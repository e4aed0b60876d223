import { Decider, EventCodec, EventMetadata, EventStore, fold, isWrongExpectedRevision, RecordedEvent } from '@kongthun/event-sourcing';
import { v7 as uuidv7 } from 'uuid';

/**
 * Load, fold, decide, append: `handleCommand` with the decision given as a function of the state,
 * so a bulk step can first ask the domain which rows it refuses (reported, not stored) and then
 * decide on the rest against the same fold. A concurrency conflict is retried once on fresh state;
 * a refusal passes through and writes nothing.
 */
export const decideOnStream = async <Event, State, Result>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  codec: EventCodec<Event>,
  streamId: string,
  metadata: EventMetadata,
  decide: (state: State) => { events: Event[]; result: Result },
): Promise<{ recorded: RecordedEvent[]; events: Event[]; result: Result; state: State }> => {
  const attempt = async () => {
    const history = await store.readStream(streamId);
    const state = fold(
      decider,
      history.map((recorded) => codec.decode(recorded)),
    );
    const { events, result } = decide(state);
    if (events.length === 0) return { recorded: [], events, result, state };
    const current = history.length === 0 ? 'no-stream' : history[history.length - 1].streamRevision;
    const appended = await store.appendToStream(
      streamId,
      events.map((event) => ({ ...codec.encode(event), id: uuidv7(), metadata })),
      current,
    );
    return { recorded: appended.events, events, result, state: events.reduce(decider.evolve, state) };
  };
  try {
    return await attempt();
  } catch (error) {
    if (!isWrongExpectedRevision(error)) throw error;
    return attempt();
  }
};

/** Reads and folds a stream without deciding anything (views, dry runs). */
export const foldStream = async <Event, State>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  codec: EventCodec<Event>,
  streamId: string,
): Promise<State> =>
  fold(
    decider,
    (await store.readStream(streamId)).map((recorded) => codec.decode(recorded)),
  );
