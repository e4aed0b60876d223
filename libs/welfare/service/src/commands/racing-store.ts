import { EventToAppend, ExpectedRevision, InMemoryEventStore } from '@kongthun/event-sourcing';

/** A store for race tests: holds appends until `n` are waiting, so that `n` commands have all read and decided before any writes. */
export class RacingStore extends InMemoryEventStore {
  private waiting: (() => void)[] = [];
  private gate = 0;

  holdAppends(n: number): void {
    this.gate = n;
  }

  override async appendToStream(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) {
    if (this.gate > 0)
      await new Promise<void>((release) => {
        this.waiting.push(release);
        if (this.waiting.length === this.gate) {
          this.gate = 0;
          for (const waiting of this.waiting.splice(0)) waiting();
        }
      });
    return super.appendToStream(streamId, events, expected);
  }
}
