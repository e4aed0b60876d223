/**
 * The decider shape of `@kongthun/event-sourcing`, declared here by structure.
 *
 * A `type:domain` lib may depend only on `type:domain`, `type:kernel` and `type:platform-core`
 * libs, and `@nx/enforce-module-boundaries` flags even an `import type` from the `type:platform`
 * event-sourcing lib. TypeScript compares shapes, so a decider typed with this interface is
 * accepted wherever the platform's `Decider` is expected (`handleCommand`, `fold`).
 */
export interface Decider<Command, Event, State> {
  decide: (command: Command, state: State) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
}
