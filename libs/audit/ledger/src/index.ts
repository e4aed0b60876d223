// Public surface of the audit ledger's Merkle layer; everything is pure and in-memory.
export { emptyRoot, leafHash, nodeHash } from './merkle-hash';
export { MerkleTree } from './merkle-tree';
export { MerkleFrontier } from './merkle-frontier';
export type { SubtreeNode } from './merkle-frontier';
export { consistencyPathFrom, inclusionPathFrom, rootFrom, subtreesNeeded } from './complete-subtrees';
export type { SubtreeAt, SubtreeReader } from './complete-subtrees';
export { eventHashOf, eventLeafData, eventLeafHash } from './ledger-event';
export type { JsonObject, JsonValue, LedgerEvent } from './ledger-event';
export { verifyConsistency, verifyInclusion } from './verify';
