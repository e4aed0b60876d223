import { AuditLedgerStore, AuditLedgerStoreOptions } from '../audit-ledger-store';

/** What the contract suite needs of a database engine besides the store itself. */
export interface LedgerEngine {
  /** A new store object on the same database (on a server: over a new connection pool). */
  open(options: AuditLedgerStoreOptions & { schema: string }): Promise<AuditLedgerStore>;
  /** Raw SQL on the same database, to tamper behind the store's back. */
  raw(text: string, params?: unknown[]): Promise<unknown>;
  /** Restarts the database itself where the engine lives in this process (PGlite from its files). */
  restart?(): Promise<void>;
}

/** A fresh schema name per suite, so suites sharing one database never see each other's ledgers. */
export const uniqueSchema = (tag: string): string => `kt_audit_${tag}_${Math.random().toString(36).slice(2, 10)}`;
