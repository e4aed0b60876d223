import { appendContract } from './append-contract';
import { findingIndexContract } from './finding-index-contract';
import { LedgerEngine } from './ledger-engine';
import { moneyLogContract } from './money-log-contract';
import { proofContract } from './proof-contract';
import { treeHeadContract } from './tree-head-contract';
import { verificationContract } from './verification-contract';
import { witnessContract } from './witness-contract';

/** The one suite every database engine of the audit ledger store must pass. */
export const auditStoreContract = (engine: LedgerEngine): void => {
  describe('appending and reading', () => appendContract(engine));
  describe('roots and proofs for every past size', () => proofContract(engine));
  describe('signed tree heads and evidence', () => treeHeadContract(engine));
  describe('full recomputation of the stored ledger', () => verificationContract(engine));
  describe('the money log beside the ledger', () => moneyLogContract(engine));
  describe('the witness register and who may co-sign', () => witnessContract(engine));
  describe('the findings listing table', () => findingIndexContract(engine));
};
