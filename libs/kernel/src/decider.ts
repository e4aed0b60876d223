/**
 * A decider (Jérémie Chassaing's pattern, as in Emmett): pure functions, no I/O, no clock, no ids.
 * Time, ids and the acting user arrive in the command's metadata. One type for every context:
 * it lives in the kernel so that domain libraries, which may not import the platform, use it too.
 */
export interface Decider<Command, Event, State> {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
}

/** Folds a history into the state it produces. */
export const fold = <Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'evolve' | 'initialState'>,
  events: Iterable<Event>,
): State => {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
};
