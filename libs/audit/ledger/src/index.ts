// Public surface of the audit ledger's Merkle layer; everything is pure and in-memory.
export { emptyRoot, leafHash, nodeHash } from './merkle-hash';
export { MerkleTree } from './merkle-tree';
export { verifyConsistency, verifyInclusion } from './verify';
