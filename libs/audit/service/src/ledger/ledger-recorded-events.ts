import { LedgerEvent } from '@kongthun/audit-ledger';
import { AuditLedgerStore } from '@kongthun/audit-store';
import { RecordedEvent } from '@kongthun/event-sourcing';
import { LedgerStreams } from '../chain/ledger-streams';

/** A ledger event as the event-sourcing code reads it (bigint revisions); a missing position reads as -1. */
export const recordedOf = (event: LedgerEvent): RecordedEvent => ({
  ...event,
  metadata: event.metadata as RecordedEvent['metadata'],
  streamRevision: BigInt(event.streamRevision),
  globalPosition: BigInt(event.globalPosition ?? -1),
});

/** The ledger's copy of each stream, for the chain check and replay. */
export const ledgerStreamsOf = (ledger: AuditLedgerStore): LedgerStreams => ({
  streamIds: () => ledger.streamIds(),
  readStream: async (streamId) => (await ledger.readStream(streamId)).map((entry) => recordedOf(entry.event)),
});
