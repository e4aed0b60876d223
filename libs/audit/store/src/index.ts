// The audit service's persistent Merkle ledger (PostgreSQL / PGlite), its signed heads and evidence export.
export { AuditLedgerStore } from './audit-ledger-store';
export type { AuditLedgerStoreOptions, SignedInclusionProof } from './audit-ledger-store';
export { AuditStoreError } from './audit-store-error';
export type { AppendOutcome } from './leaf-append';
export type { LedgerEntry } from './ledger-rows';
export type { ConsistencyProof, InclusionProof } from './ledger-proofs';
export type { LedgerProblem, LedgerVerification } from './ledger-verification';
export type { HeadQuery } from './tree-head-table';
export { IMMUTABLE_LEDGER_SQLSTATE } from './ledger-schema';
export { loadOrCreateSigningKey } from './signing-key-file';
export type { Witness } from './witness-register';
export { FindingIndex } from './finding-index';
export type { FindingIndexChange, IndexedFinding } from './finding-index';
export { ChainCheckCheckpoint } from './chain-check-checkpoint';
