/**
 * At most `limit` calls at once to one downstream: a slow service holds only its own slots, so it
 * cannot take every socket and thread of the gateway with it. No queue: a full bulkhead refuses at
 * once, and the client may retry later.
 */
export class Bulkhead {
  private inFlight = 0;

  constructor(readonly limit: number) {}

  get active(): number {
    return this.inFlight;
  }

  /** A release function when a slot is free, else undefined. */
  tryEnter(): (() => void) | undefined {
    if (this.inFlight >= this.limit) return undefined;
    this.inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= 1;
    };
  }
}
