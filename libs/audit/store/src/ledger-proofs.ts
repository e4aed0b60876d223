import { consistencyPathFrom, inclusionPathFrom, rootFrom } from '@kongthun/audit-ledger';
import { SqlQueryable } from '@kongthun/event-sourcing';
import { AuditStoreError } from './audit-store-error';
import { computeFromSubtrees } from './subtree-table';

/** RFC 6962 inclusion proof of the leaf at `leafIndex` in the tree of `treeSize`; hashes in lower-case hex. */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  rootHash: string;
  /** Leaf to root. */
  auditPath: string[];
}

/** RFC 6962 proof that the tree of `newSize` extends the tree of `oldSize`. */
export interface ConsistencyProof {
  oldSize: number;
  newSize: number;
  oldRootHash: string;
  newRootHash: string;
  proof: string[];
}

const hex = (b: Buffer): string => b.toString('hex');

export async function currentSize(q: SqlQueryable, schema: string): Promise<number> {
  const { rows } = await q.query<{ size: string }>(`SELECT size::text AS size FROM ${schema}.tree_size`);
  return Number(rows[0].size);
}

/** Sizes are checked against the ledger first: a proof for a tree that does not exist yet is refused, not guessed. */
const requireSize = (size: number, current: number, what = 'tree size'): void => {
  if (!Number.isSafeInteger(size) || size < 0 || size > current)
    throw new AuditStoreError('audit.no-such-tree-size', `${what} ${size} is not within 0..${current}`, {
      size: String(size),
      current: String(current),
    });
};

export async function rootHashAt(q: SqlQueryable, schema: string, size?: number): Promise<{ treeSize: number; rootHash: string }> {
  const current = await currentSize(q, schema);
  const treeSize = size ?? current;
  requireSize(treeSize, current);
  return { treeSize, rootHash: hex(await computeFromSubtrees(q, schema, (read) => rootFrom(read, treeSize))) };
}

/** `current`: the ledger's size if the caller just read it (saves a round trip). */
export async function inclusionProofAt(
  q: SqlQueryable,
  schema: string,
  leafIndex: number,
  size?: number,
  current?: number,
): Promise<InclusionProof> {
  current ??= await currentSize(q, schema);
  const treeSize = size ?? current;
  requireSize(treeSize, current);
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize)
    throw new AuditStoreError('audit.leaf-outside-tree', `leaf ${leafIndex} is not in the tree of size ${treeSize}`, {
      leafIndex: String(leafIndex),
      treeSize: String(treeSize),
    });
  const [root, path] = await computeFromSubtrees(
    q,
    schema,
    (read) => [rootFrom(read, treeSize), inclusionPathFrom(read, leafIndex, treeSize)] as const,
  );
  return { leafIndex, treeSize, rootHash: hex(root), auditPath: path.map(hex) };
}

export async function consistencyProofBetween(
  q: SqlQueryable,
  schema: string,
  oldSize: number,
  newSize?: number,
): Promise<ConsistencyProof> {
  const current = await currentSize(q, schema);
  const to = newSize ?? current;
  requireSize(to, current, 'new size');
  requireSize(oldSize, to, 'old size');
  const [oldRoot, newRoot, proof] = await computeFromSubtrees(
    q,
    schema,
    (read) => [rootFrom(read, oldSize), rootFrom(read, to), consistencyPathFrom(read, oldSize, to)] as const,
  );
  return { oldSize, newSize: to, oldRootHash: hex(oldRoot), newRootHash: hex(newRoot), proof: proof.map(hex) };
}
