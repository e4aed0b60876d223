import { FundEvent, isFundEventType } from '@kongthun/welfare-domain';

/**
 * A welfare event as the audit ledger holds it (ซองเหตุการณ์), reduced to what the red-flag rules
 * read. The ledger's full envelope (schema version, metadata, hashes) fits this type by structure,
 * so the audit service passes its own records without mapping. `data` must already be at the
 * current schema version and validated (`@kongthun/welfare-contracts` does both); this library is
 * `type:domain` and may not import the contracts.
 */
export interface WelfareEnvelope {
  /** Event id (UUIDv7): what a finding cites and what the caller proves inclusion for. */
  id: string;
  /** Stored type name, e.g. `welfare.payout.made`; other contexts' events are ignored. */
  type: string;
  streamId: string;
  /** 0-based position in the stream; a string where JSON carried it. */
  streamRevision: bigint | string;
  /** When the store recorded it (UTC ISO-8601). */
  recordedAt: string;
  data: unknown;
}

/** A ledger event pointed at by a finding: its id and the stream it belongs to. */
export interface EventRef {
  eventId: string;
  streamId: string;
}

/** A welfare envelope whose `data` is typed by its `type`. */
export interface AuditedEvent {
  ref: EventRef;
  streamRevision: bigint;
  recordedAt: string;
  event: FundEvent;
}

/** Narrows an envelope to a welfare fund event, or null for any other context's event. */
export const auditedEventOf = (envelope: WelfareEnvelope): AuditedEvent | null => {
  if (!isFundEventType(envelope.type)) return null;
  return {
    ref: { eventId: envelope.id, streamId: envelope.streamId },
    streamRevision: BigInt(envelope.streamRevision),
    recordedAt: envelope.recordedAt,
    // The type string picks the union member; the data shape is the caller's validated contract.
    event: { type: envelope.type, data: envelope.data } as FundEvent,
  };
};
