/** First line of every signed tree head; a new layout gets a new version, never a changed meaning. */
export const TREE_HEAD_FORMAT = 'kongthun.tree-head/v1';

/**
 * What the audit service commits to: "my ledger `origin` held `treeSize` events, whose RFC 6962
 * root is `rootHash`, at `timestamp`". Any later tree must be provably consistent with it.
 */
export interface TreeHead {
  /** Names the ledger (e.g. `kongthun.audit/phuket`), so a head of one ledger is no head of another. */
  origin: string;
  treeSize: number;
  /** Lower-case hex SHA-256. */
  rootHash: string;
  /** UTC ISO-8601 with milliseconds: `2025-12-11T03:00:00.000Z`. */
  timestamp: string;
}

const ORIGIN = /^[\x21-\x7e](?:[\x20-\x7e]{0,198}[\x21-\x7e])?$/;
const ROOT = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Why `head` cannot be signed or verified as is; empty when it is well-formed. */
export function treeHeadProblems(head: TreeHead): string[] {
  const problems: string[] = [];
  if (typeof head.origin !== 'string' || !ORIGIN.test(head.origin))
    problems.push('origin must be 1–200 printable ASCII characters, no surrounding spaces');
  if (!Number.isSafeInteger(head.treeSize) || head.treeSize < 0) problems.push('treeSize must be a non-negative safe integer');
  if (typeof head.rootHash !== 'string' || !ROOT.test(head.rootHash)) problems.push('rootHash must be 64 lower-case hex digits');
  if (typeof head.timestamp !== 'string' || !TIMESTAMP.test(head.timestamp) || new Date(head.timestamp).toISOString() !== head.timestamp)
    problems.push('timestamp must be UTC ISO-8601 with milliseconds');
  return problems;
}

/**
 * The exact bytes signed and co-signed: five lines of UTF-8 (ASCII in practice), each ending
 * in "\n", one value per line and no JSON, so any language rebuilds them byte for byte:
 *
 *     kongthun.tree-head/v1
 *     origin <origin>
 *     size <treeSize in decimal, no leading zeros>
 *     root <rootHash, lower-case hex>
 *     time <timestamp>
 *
 * The origin is restricted to printable ASCII, so no field can smuggle in a line break.
 */
export function treeHeadBytes(head: TreeHead): Buffer {
  const problems = treeHeadProblems(head);
  if (problems.length > 0) throw new TypeError(`malformed tree head: ${problems.join('; ')}`);
  return Buffer.from(
    `${TREE_HEAD_FORMAT}\norigin ${head.origin}\nsize ${head.treeSize}\nroot ${head.rootHash}\ntime ${head.timestamp}\n`,
    'utf8',
  );
}

/** Just the signed fields of a head that may carry more (signatures, row ids). */
export const headOf = (head: TreeHead): TreeHead => ({
  origin: head.origin,
  treeSize: head.treeSize,
  rootHash: head.rootHash,
  timestamp: head.timestamp,
});
