// Test-only: events made by the event store's own chaining code, as the audit service receives them from Kafka.
import { LedgerEvent } from '@kongthun/audit-ledger';
import { chainEvents } from '@kongthun/event-sourcing';
import { testEvents, uniqueStream } from '@kongthun/event-sourcing/testing';
import { envelopeToJson } from '@kongthun/messaging';

let position = 0n;

/** `count` events continuing `after` (or starting a stream), hashed and chained exactly as the source store does. */
export function streamEvents(streamId: string, count: number, after?: LedgerEvent): LedgerEvent[] {
  const lastRevision = after ? BigInt(after.streamRevision) : -1n;
  const chained = chainEvents(
    streamId,
    testEvents(count, Number(lastRevision + 1n)),
    lastRevision,
    after?.hash ?? null,
    new Date().toISOString(),
  );
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

/** An `audit.finding.raised` event citing `evidence`, chained as the audit service's own store does: its own stream, id = finding id. */
export function findingEvent(findingId: string, evidence: readonly LedgerEvent[]): LedgerEvent {
  const data = {
    findingId,
    rule: 'red-flag.duplicate-payment',
    severity: 'high',
    summary: 'Paid twice',
    summaryTh: 'จ่ายซ้ำ',
    streamId: evidence[0]?.streamId ?? null,
    evidenceEventIds: evidence.map((e) => e.id),
    details: { fundId: 'fund-a', amount: '300.00' },
  };
  const metadata = { actor: { userId: 'audit-service', role: 'system' }, correlationId: findingId, causationId: null };
  const [raised] = chainEvents(
    `audit-finding-${findingId}`,
    [{ id: findingId, type: 'audit.finding.raised', schemaVersion: 1, data, metadata }],
    -1n,
    null,
    new Date().toISOString(),
  );
  return envelopeToJson({ ...raised, globalPosition: ++position });
}
