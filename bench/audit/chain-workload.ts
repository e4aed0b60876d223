import { eventHashOf, LedgerEvent } from '@kongthun/audit-ledger';
import { benchEvent } from '../eventstore/workload';

/**
 * Hash-chained ledger events made on demand: a stream is extended by one event at a time, so the
 * chain-check bench can grow the ledger by new streams and then touch a few old ones.
 */
export class ChainWorkload {
  private readonly last = new Map<number, LedgerEvent>();
  private made = 0;
  private readonly recordedAt = new Date().toISOString();

  /** The next event of stream `s`, linked to its previous one. */
  next(s: number): LedgerEvent {
    const prev = this.last.get(s);
    this.made += 1;
    const unhashed: LedgerEvent = {
      ...benchEvent(this.made),
      streamId: `bench-fund-${s.toString().padStart(6, '0')}`,
      streamRevision: prev ? String(Number(prev.streamRevision) + 1) : '0',
      globalPosition: String(this.made),
      recordedAt: this.recordedAt,
      prevHash: prev?.hash ?? null,
      hash: '',
    };
    const event = { ...unhashed, hash: eventHashOf(unhashed) };
    this.last.set(s, event);
    return event;
  }

  /** `length` events for each of streams [from, to), interleaved as funds record in parallel. */
  newStreams(from: number, to: number, length: number): LedgerEvent[] {
    const out: LedgerEvent[] = [];
    for (let r = 0; r < length; r++) for (let s = from; s < to; s++) out.push(this.next(s));
    return out;
  }
}
