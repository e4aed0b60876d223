/** Per stream, the revisions in the order a consumer first saw them (redeliveries ignored). */
export class StreamOrder {
  private readonly seen = new Map<string, bigint[]>();
  private readonly ids = new Set<string>();
  deliveries = 0;

  record(eventId: string, streamId: string, revision: bigint): void {
    this.deliveries++;
    if (this.ids.has(eventId)) return;
    this.ids.add(eventId);
    const revisions = this.seen.get(streamId) ?? [];
    revisions.push(revision);
    this.seen.set(streamId, revisions);
  }

  get distinct(): number {
    return this.ids.size;
  }

  /** Streams whose revisions did not arrive as 0, 1, 2, … `expected - 1`. */
  streamsOutOfOrder(streams: string[], expected: number): string[] {
    return streams.filter((stream) => {
      const revisions = this.seen.get(stream) ?? [];
      return revisions.length !== expected || revisions.some((revision, i) => revision !== BigInt(i));
    });
  }
}
