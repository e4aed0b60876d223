import { eventHashOf, leafHash, LedgerEvent, MerkleFrontier, rootFrom } from '@kongthun/audit-ledger';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { computeFromSubtrees } from './subtree-table';
import { currentSize } from './ledger-proofs';

export interface LedgerProblem {
  leafIndex?: number;
  treeSize?: number;
  problem: 'event-hash-mismatch' | 'leaf-hash-mismatch' | 'missing-leaf' | 'head-root-mismatch' | 'stored-root-mismatch';
}

export interface LedgerVerification {
  ok: boolean;
  treeSize: number;
  /** The root recomputed from the stored events alone. */
  rootHash: string;
  /** The first problems found (at most `maxProblems`). */
  problems: LedgerProblem[];
  headsChecked: number;
}

interface Row {
  leaf_index: string;
  envelope: string;
  event_hash: string;
  hash: string | null;
}

/**
 * Recomputes the whole ledger from the stored envelopes, one page at a time, in O(log n) memory:
 * each event's hash, each leaf hash against the stored one, the root at every signed head's size
 * against that head, and the final root against the stored subtrees. Linear in the ledger size.
 */
export async function verifyStoredLedger(q: SqlQueryable, schema: string, pageSize = 5000, maxProblems = 100): Promise<LedgerVerification> {
  const size = await currentSize(q, schema);
  const heads = (
    await q.query<{ tree_size: string; root_hash: string }>(
      `SELECT h.tree_size::text AS tree_size, h.root_hash FROM ${schema}.tree_heads h WHERE h.tree_size <= $1::bigint ORDER BY h.tree_size`,
      [String(size)],
    )
  ).rows.map((h) => ({ treeSize: Number(h.tree_size), rootHash: h.root_hash }));
  const problems: LedgerProblem[] = [];
  const report = (p: LedgerProblem) => problems.length < maxProblems && problems.push(p);
  const frontier = MerkleFrontier.empty();
  let nextHead = 0;
  const checkHeads = () => {
    for (; nextHead < heads.length && heads[nextHead].treeSize === frontier.size; nextHead++)
      if (frontier.root().toString('hex') !== heads[nextHead].rootHash) report({ treeSize: frontier.size, problem: 'head-root-mismatch' });
  };
  checkHeads();
  // Pages are bounded on both tables, so each is two index range scans whatever the statistics
  // say; the next page is requested before this one is hashed, overlapping I/O with hashing.
  const page = (from: number) =>
    q.query<Row>(
      `SELECT l.leaf_index::text AS leaf_index, l.envelope, l.event_hash, encode(s.hash, 'hex') AS hash FROM ${schema}.leaves l
       LEFT JOIN ${schema}.subtrees s ON s.level = 0 AND s.node_index = l.leaf_index AND s.node_index >= $1::bigint AND s.node_index < $2::bigint
       WHERE l.leaf_index >= $1::bigint AND l.leaf_index < $2::bigint ORDER BY l.leaf_index`,
      [String(from), String(Math.min(size, from + pageSize))],
    );
  let next = size > 0 ? page(0) : undefined;
  while (frontier.size < size && next) {
    const { rows } = await next;
    const end = frontier.size + rows.length;
    next = end < size ? page(end) : undefined;
    if (rows.length === 0 || Number(rows[0].leaf_index) !== frontier.size) {
      report({ leafIndex: frontier.size, problem: 'missing-leaf' });
      await next?.catch(() => undefined);
      break;
    }
    for (const row of rows) {
      const leafIndex = Number(row.leaf_index);
      if (leafIndex !== frontier.size) {
        report({ leafIndex: frontier.size, problem: 'missing-leaf' });
        await next?.catch(() => undefined);
        return { ok: false, treeSize: size, rootHash: '', problems, headsChecked: nextHead };
      }
      const event = JSON.parse(row.envelope) as LedgerEvent;
      const recomputed = eventHashOf(event);
      if (recomputed !== row.event_hash || recomputed !== event.hash) report({ leafIndex, problem: 'event-hash-mismatch' });
      const leaf = leafHash(Buffer.from(recomputed, 'hex'));
      if (row.hash !== leaf.toString('hex')) report({ leafIndex, problem: 'leaf-hash-mismatch' });
      frontier.append(leaf);
      checkHeads();
    }
  }
  const rootHash = frontier.root().toString('hex');
  if (frontier.size === size) {
    const stored = await computeFromSubtrees(q, schema, (read) => rootFrom(read, size)).catch(() => undefined);
    if (!stored || stored.toString('hex') !== rootHash) report({ treeSize: size, problem: 'stored-root-mismatch' });
  }
  return { ok: problems.length === 0, treeSize: size, rootHash, problems, headsChecked: nextHead };
}
