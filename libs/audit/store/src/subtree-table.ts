import { SubtreeAt, SubtreeNode, SubtreeReader, subtreesNeeded } from '@kongthun/audit-ledger';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { arrayLiteral } from './array-literal';

/** At most this many rows per INSERT: 3 parameters each, PostgreSQL takes 65,535 in one statement. */
const NODES_PER_INSERT = 10_000;

/** The complete subtrees at `coordinates`, in one query; throws if the table lacks one (a corrupt or foreign table). */
export async function readSubtrees(q: SqlQueryable, schema: string, coordinates: readonly SubtreeAt[]): Promise<SubtreeReader> {
  const found = new Map<string, Buffer>();
  if (coordinates.length > 0) {
    // Two array parameters whatever the count: one statement text, and one index probe per node.
    // Hex, not bytea, on the way out: PGlite decodes bytea in JavaScript, slower than Buffer.from(hex).
    const { rows } = await q.query<{ level: number; node_index: string; hash: string }>(
      `SELECT s.level, s.node_index::text AS node_index, encode(s.hash, 'hex') AS hash FROM ${schema}.subtrees s
       JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, node_index) ON s.level = k.level AND s.node_index = k.node_index`,
      [arrayLiteral(coordinates.map((c) => c.level)), arrayLiteral(coordinates.map((c) => c.index))],
    );
    for (const row of rows) found.set(`${row.level}:${row.node_index}`, Buffer.from(row.hash, 'hex'));
  }
  return (level, index) => {
    const hash = found.get(`${level}:${index}`);
    if (!hash) throw new Error(`subtree (${level}, ${index}) is missing from ${schema}.subtrees`);
    return hash;
  };
}

/** Runs a root or proof computation against the table, fetching exactly the O(log n) nodes it reads. */
export async function computeFromSubtrees<T>(q: SqlQueryable, schema: string, compute: (read: SubtreeReader) => T): Promise<T> {
  return compute(await readSubtrees(q, schema, subtreesNeeded(compute)));
}

export async function insertSubtrees(q: SqlQueryable, schema: string, nodes: readonly SubtreeNode[]): Promise<void> {
  for (let start = 0; start < nodes.length; start += NODES_PER_INSERT) {
    const params: unknown[] = [];
    const values = nodes.slice(start, start + NODES_PER_INSERT).map((n) => {
      params.push(n.level, String(n.index), n.hash);
      return `($${params.length - 2}::smallint, $${params.length - 1}::bigint, $${params.length}::bytea)`;
    });
    await q.query(`INSERT INTO ${schema}.subtrees (level, node_index, hash) VALUES ${values.join(', ')}`, params);
  }
}
