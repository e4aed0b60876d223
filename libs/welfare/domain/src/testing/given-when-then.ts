import { Decider } from '../decider';

/**
 * `given(events).when(command).then(events)` for a decider: the history is folded with the
 * decider's own `evolve`, so tests exercise state exactly as a replay would build it.
 * Refusals must be `DomainError`s with the expected code and a Thai message.
 */
export const deciderSpec = <Command, Event, State>(decider: Decider<Command, Event, State>) => (given: Event[]) => {
  const state = given.reduce((current, event) => decider.evolve(current, event), decider.initialState());
  return {
    state,
    when: (command: Command) => {
      const run = (): Event[] => decider.decide(command, state);
      return {
        /** The decided events, for assertions the helpers below do not cover. */
        events: run,
        then: (expected: Event[]): void => {
          expect(run()).toEqual(expected);
        },
        /** Same count and type, and each event contains the given fields. */
        thenMatches: (expected: { type: string; data?: Record<string, unknown> }[]): void => {
          const events = run();
          expect(events).toHaveLength(expected.length);
          expect(events).toMatchObject(expected);
        },
        thenNothing: (): void => {
          expect(run()).toEqual([]);
        },
        thenThrows: (code: string, details?: Record<string, unknown>): void => {
          let refusal: unknown;
          try {
            run();
          } catch (error: unknown) {
            refusal = error;
          }
          expect(refusal).toMatchObject({ name: 'DomainError', code });
          expect((refusal as { messageTh?: unknown }).messageTh).toMatch(/[\u0E00-\u0E7F]/);
          if (details !== undefined) expect((refusal as { details?: unknown }).details).toMatchObject(details);
        },
      };
    },
  };
};
