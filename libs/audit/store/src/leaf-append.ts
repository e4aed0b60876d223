import { eventHashOf, leafHash, LedgerEvent, MerkleFrontier, SubtreeNode } from '@kongthun/audit-ledger';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { arrayLiteral } from './array-literal';
import { AuditStoreError } from './audit-store-error';
import { insertLeaves, NewLeaf } from './ledger-rows';
import { insertSubtrees, readSubtrees } from './subtree-table';

/**
 * What became of one delivered event:
 * - `appended`: it is now the leaf at `leafIndex`;
 * - `duplicate`: the same event (same id, same content) was already at `leafIndex`; nothing changed;
 * - `conflict`: another event with this id but different content is at `leafIndex`; nothing
 *   changed. A source that reuses an id for other content is a red flag for the caller to raise;
 * - `hash-mismatch`: its content does not hash to the hash it carries; not stored, so that every
 *   leaf's event verifies on its own. Also a red flag: altered in transit or at the source.
 */
export type AppendOutcome =
  | { status: 'appended' | 'duplicate'; eventId: string; leafIndex: number }
  | { status: 'conflict'; eventId: string; leafIndex: number; storedHash: string; receivedHash: string }
  | { status: 'hash-mismatch'; eventId: string; carriedHash: string; recomputedHash: string };

const REVISION = /^(0|[1-9]\d{0,18})$/;

const checkShape = (event: LedgerEvent): void => {
  const ok =
    typeof event === 'object' &&
    event !== null &&
    typeof event.id === 'string' &&
    event.id.length > 0 &&
    typeof event.streamId === 'string' &&
    typeof event.type === 'string' &&
    typeof event.streamRevision === 'string' &&
    REVISION.test(event.streamRevision) &&
    typeof event.hash === 'string';
  if (!ok) throw new AuditStoreError('audit.malformed-event', `Not an event envelope: ${JSON.stringify(event)?.slice(0, 200)}`);
};

/**
 * Appends events in the caller's transaction: locks the tree size (appends serialize, so leaf
 * order is total and gapless), skips events already stored, loads the O(log n) right-edge
 * subtrees, and inserts each new leaf with every complete subtree it closes. Nothing is
 * recomputed from earlier leaves.
 */
export async function appendLeaves(tx: SqlQueryable, schema: string, events: readonly LedgerEvent[]): Promise<AppendOutcome[]> {
  events.forEach(checkShape);
  const { rows } = await tx.query<{ size: string }>(`SELECT size::text AS size FROM ${schema}.tree_size FOR UPDATE`);
  const size = Number(rows[0].size);
  const stored = new Map<string, { leafIndex: number; hash: string }>();
  const prior = await tx.query<{ event_id: string; leaf_index: string; event_hash: string }>(
    `SELECT event_id, leaf_index::text AS leaf_index, event_hash FROM ${schema}.leaves WHERE event_id = ANY($1::text[])`,
    [arrayLiteral(events.map((e) => e.id))],
  );
  for (const row of prior.rows) stored.set(row.event_id, { leafIndex: Number(row.leaf_index), hash: row.event_hash });

  const frontier = MerkleFrontier.of(size, await readSubtrees(tx, schema, MerkleFrontier.coordinates(size)));
  const leaves: NewLeaf[] = [];
  const nodes: SubtreeNode[] = [];
  const outcomes = events.map((event): AppendOutcome => {
    const recomputed = eventHashOf(event);
    if (recomputed !== event.hash)
      return { status: 'hash-mismatch', eventId: event.id, carriedHash: event.hash, recomputedHash: recomputed };
    const existing = stored.get(event.id);
    if (existing) {
      return existing.hash === recomputed
        ? { status: 'duplicate', eventId: event.id, leafIndex: existing.leafIndex }
        : { status: 'conflict', eventId: event.id, leafIndex: existing.leafIndex, storedHash: existing.hash, receivedHash: recomputed };
    }
    const leafIndex = frontier.size;
    nodes.push(...frontier.append(leafHash(Buffer.from(recomputed, 'hex'))));
    leaves.push({ leafIndex, event, eventHash: recomputed });
    stored.set(event.id, { leafIndex, hash: recomputed });
    return { status: 'appended', eventId: event.id, leafIndex };
  });
  if (leaves.length > 0) {
    await insertLeaves(tx, schema, leaves);
    await insertSubtrees(tx, schema, nodes);
    await tx.query(`UPDATE ${schema}.tree_size SET size = $1::bigint`, [String(frontier.size)]);
  }
  return outcomes;
}
