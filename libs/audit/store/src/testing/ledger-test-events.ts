// Test-only: events made by the event store's own chaining code, as the audit service receives them from Kafka.
import { LedgerEvent } from '@kongthun/audit-ledger';
import { chainEvents } from '@kongthun/event-sourcing';
import { testEvents, uniqueStream } from '@kongthun/event-sourcing/testing';
import { envelopeToJson } from '@kongthun/messaging';

let position = 0n;

/** `count` events continuing `after` (or starting a stream), hashed and chained exactly as the source store does. */
export function streamEvents(streamId: string, count: number, after?: LedgerEvent): LedgerEvent[] {
  const lastRevision = after ? BigInt(after.streamRevision) : -1n;
  const chained = chainEvents(streamId, testEvents(count, Number(lastRevision + 1n)), lastRevision, after?.hash ?? null, new Date().toISOString());
  // The messaging envelope type must be accepted where the ledger expects a LedgerEvent.
  return chained.map((e): LedgerEvent => envelopeToJson({ ...e, globalPosition: ++position }));
}

/** Events of several streams interleaved, as a topic with several producers delivers them. */
export function interleaved(streams: number, perStream: number, tag = 's'): LedgerEvent[] {
  const lists = Array.from({ length: streams }, (_, s) => streamEvents(uniqueStream(`${tag}${s}`), perStream));
  const out: LedgerEvent[] = [];
  for (let i = 0; i < perStream; i++) for (const list of lists) out.push(list[i]);
  return out;
}
