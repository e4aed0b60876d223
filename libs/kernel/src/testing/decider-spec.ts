import { Decider, fold } from '../decider';

/**
 * `given(events).when(command).then(events)` for any decider: the history is folded with the
 * decider's own `evolve`, so tests exercise state exactly as a replay would build it. Refusals must
 * be `DomainError`s with the expected code and a Thai message. One kit for every context.
 */
export const deciderSpec =
  <Command, Event extends { type: string }, State>(decider: Decider<Command, Event, State>) =>
  (given: Event[]) => {
    const state = fold(decider, given);
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
          /** The types of the decided events, in order. */
          thenTypes: (types: Event['type'][]): void => {
            expect(run().map((event) => event.type)).toEqual(types);
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
