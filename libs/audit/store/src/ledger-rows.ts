import { LedgerEvent } from '@kongthun/audit-ledger';
import { SqlQueryable } from '@kongthun/event-sourcing';

/** One event of the ledger, at its leaf. */
export interface LedgerEntry {
  leafIndex: number;
  event: LedgerEvent;
  /** When the audit service stored it (UTC ISO-8601). */
  receivedAt: string;
}

export interface LeafRow {
  leaf_index: string;
  envelope: string;
  received_at: Date;
}

/** Bigints travel as text: `pg` and PGlite parse int8 differently. */
export const LEAF_COLUMNS = 'l.leaf_index::text AS leaf_index, l.envelope, l.received_at';

// The envelope is kept as the exact JSON text received (not jsonb, which would refuse a \u0000
// in a string and renormalize numbers), so what is read back is what was hashed.
export const entryFromRow = (row: LeafRow): LedgerEntry => ({
  leafIndex: Number(row.leaf_index),
  event: JSON.parse(row.envelope) as LedgerEvent,
  receivedAt: row.received_at.toISOString(),
});

export interface NewLeaf {
  leafIndex: number;
  event: LedgerEvent;
  eventHash: string;
}

/** 7 parameters a leaf; PostgreSQL takes at most 65,535 in one statement. */
const LEAVES_PER_INSERT = 5000;

export async function insertLeaves(q: SqlQueryable, schema: string, leaves: readonly NewLeaf[]): Promise<void> {
  for (let start = 0; start < leaves.length; start += LEAVES_PER_INSERT) {
    const params: unknown[] = [];
    const values = leaves.slice(start, start + LEAVES_PER_INSERT).map(({ leafIndex, event, eventHash }) => {
      params.push(String(leafIndex), event.id, event.streamId, event.streamRevision, event.type, eventHash, JSON.stringify(event));
      const n = params.length - 7;
      return `($${n + 1}::bigint, $${n + 2}, $${n + 3}, $${n + 4}::bigint, $${n + 5}, $${n + 6}, $${n + 7})`;
    });
    await q.query(
      `INSERT INTO ${schema}.leaves (leaf_index, event_id, stream_id, stream_revision, event_type, event_hash, envelope) VALUES ${values.join(', ')}`,
      params,
    );
  }
}
