import { ChangeStep, InMemoryReadModelStore, StepOutcome } from '@kongthun/read-models';

/** A document an event wrote: where, and how many bytes of JSON. */
export type WrittenDocument = { collection: string; bytes: number };

/**
 * The in-memory store, measuring what each change step writes: every document a view's evolve
 * returned a new body for, and its size as JSON (what MongoDB would rewrite).
 */
export class MeasuredReadModels extends InMemoryReadModelStore {
  lastWrites: WrittenDocument[] = [];

  override async change(step: ChangeStep): Promise<StepOutcome> {
    const writes: WrittenDocument[] = [];
    const changes = step.changes.map((change) => ({
      ...change,
      evolve: (body: object | undefined) => {
        const next = change.evolve(body);
        if (next !== undefined) writes.push({ collection: change.collection, bytes: next === null ? 0 : JSON.stringify(next).length });
        return next;
      },
    }));
    const outcome = await super.change({ ...step, changes });
    this.lastWrites = writes;
    return outcome;
  }
}
