import { HeadSignature, SignedTreeHead, SignerRole, TreeHead } from '@kongthun/audit-evidence';
import { SqlQueryable } from '@kongthun/event-sourcing';

interface HeadRow {
  head_id: string;
  origin: string;
  tree_size: string;
  root_hash: string;
  signed_at: string;
}

interface SignatureRow {
  head_id: string;
  key_id: string;
  signer: string;
  signer_name: string | null;
  public_key: string;
  signature: string;
}

// Qualified (h.) because ORDER BY a bare name would sort by these text aliases: '5' > '12'.
const HEAD_COLUMNS = 'h.head_id::text AS head_id, h.origin, h.tree_size::text AS tree_size, h.root_hash, h.signed_at';

/** Which stored heads to read: the newest of the largest size, the newest of one size, or one exact head. */
export type HeadQuery = { latest: true } | { treeSize: number } | { head: TreeHead };

const where = (query: HeadQuery): [string, unknown[]] => {
  if ('latest' in query) return ['TRUE', []];
  if ('treeSize' in query) return ['h.tree_size = $1::bigint', [String(query.treeSize)]];
  const h = query.head;
  return [
    'h.origin = $1 AND h.tree_size = $2::bigint AND h.root_hash = $3 AND h.signed_at = $4',
    [h.origin, String(h.treeSize), h.rootHash, h.timestamp],
  ];
};

/** The head matching `query` with every signature stored for it, log signatures first, then in arrival order. */
export async function readTreeHead(q: SqlQueryable, schema: string, query: HeadQuery): Promise<SignedTreeHead | undefined> {
  const [condition, params] = where(query);
  const { rows } = await q.query<HeadRow>(
    `SELECT ${HEAD_COLUMNS} FROM ${schema}.tree_heads h WHERE ${condition} ORDER BY h.tree_size DESC, h.head_id DESC LIMIT 1`,
    params,
  );
  if (rows.length === 0) return undefined;
  const head = rows[0];
  const signatures = await q.query<SignatureRow>(
    `SELECT head_id::text AS head_id, key_id, signer, signer_name, public_key, signature FROM ${schema}.head_signatures
     WHERE head_id = $1::bigint ORDER BY signer = 'log' DESC, received_at, key_id`,
    [head.head_id],
  );
  return {
    origin: head.origin,
    treeSize: Number(head.tree_size),
    rootHash: head.root_hash,
    timestamp: head.signed_at,
    signatures: signatures.rows.map((s): HeadSignature => ({
      signer: s.signer as SignerRole,
      ...(s.signer_name === null ? {} : { name: s.signer_name }),
      keyId: s.key_id,
      publicKey: s.public_key,
      signature: s.signature,
    })),
  };
}

/** Stores the head (once) and each of its signatures not stored yet; earlier signatures stay. */
export async function insertTreeHead(q: SqlQueryable, schema: string, sth: SignedTreeHead): Promise<void> {
  await q.query(
    `INSERT INTO ${schema}.tree_heads (origin, tree_size, root_hash, signed_at) VALUES ($1, $2::bigint, $3, $4) ON CONFLICT DO NOTHING`,
    [sth.origin, String(sth.treeSize), sth.rootHash, sth.timestamp],
  );
  const { rows } = await q.query<{ head_id: string }>(
    `SELECT head_id::text AS head_id FROM ${schema}.tree_heads WHERE origin = $1 AND tree_size = $2::bigint AND root_hash = $3 AND signed_at = $4`,
    [sth.origin, String(sth.treeSize), sth.rootHash, sth.timestamp],
  );
  for (const s of sth.signatures) {
    await q.query(
      `INSERT INTO ${schema}.head_signatures (head_id, key_id, signer, signer_name, public_key, signature)
       VALUES ($1::bigint, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [rows[0].head_id, s.keyId, s.signer, s.name ?? null, s.publicKey, s.signature],
    );
  }
}
