import { EventToAppend, ExpectedRevision, InMemoryEventStore, StreamAppend } from '@kongthun/event-sourcing';

/** A store for race tests: holds appends until `n` are waiting, so that `n` commands have all read and decided before any writes. */
export class RacingStore extends InMemoryEventStore {
  private waiting: (() => void)[] = [];
  private gate = 0;

  holdAppends(n: number): void {
    this.gate = n;
  }

  override async appendToStream(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision) {
    await this.turn();
    return super.appendToStream(streamId, events, expected);
  }

  /** A multi-stream append waits as one. */
  override async appendToStreams(appends: readonly StreamAppend[]) {
    await this.turn();
    return super.appendToStreams(appends);
  }

  private async turn(): Promise<void> {
    if (this.gate > 0)
      await new Promise<void>((release) => {
        this.waiting.push(release);
        if (this.waiting.length === this.gate) {
          this.gate = 0;
          for (const waiting of this.waiting.splice(0)) waiting();
        }
      });
  }
}
