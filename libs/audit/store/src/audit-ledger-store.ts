import { VillageHouseholdsStore } from './reference/village-households-store';
import { LedgerEvent } from '@kongthun/audit-ledger';
import {
  EvidenceBundle,
  HeadSignature,
  SignedTreeHead,
  SigningKey,
  TreeHead,
  buildEvidenceBundle,
  signTreeHead,
} from '@kongthun/audit-evidence';
import { assertSchemaName, SqlClient, SqlQueryable } from '@kongthun/event-sourcing';
import { AuditStoreError } from './audit-store-error';
import { ChainCheckCheckpoint } from './chain-check-checkpoint';
import { FindingIndex } from './finding-index';
import { AppendOutcome, appendLeaves } from './leaf-append';
import { entryFromRow, LEAF_COLUMNS, LeafRow, LedgerEntry } from './ledger-rows';
import { migrateLedger } from './ledger-schema';
import { MoneyLogStore } from './money/money-log-store';
import { ScanCheckpointStore } from './money/scan-checkpoint-store';
import { ConsistencyProof, consistencyProofBetween, currentSize, InclusionProof, inclusionProofAt, rootHashAt } from './ledger-proofs';
import { LedgerVerification, verifyStoredLedger } from './ledger-verification';
import { checkHead, checkSignature } from './tree-head-checks';
import { HeadQuery, insertTreeHead, readTreeHead } from './tree-head-table';
import { admitWitnessSignature, readWitnesses, registerWitness, revokeWitness, Witness } from './witness-register';

export interface AuditLedgerStoreOptions {
  /** PostgreSQL schema of the ledger's tables; default `kongthun_audit`. */
  schema?: string;
  /** Names this ledger in its signed heads; default `kongthun.audit`. */
  origin?: string;
  now?: () => Date;
}

/** An event's inclusion proof against a signed tree head: everything an offline verifier needs for it. */
export interface SignedInclusionProof extends InclusionProof {
  entry: LedgerEntry;
  treeHead: SignedTreeHead;
}

/**
 * The audit service's own tamper-evident copy of every event: an RFC 6962 Merkle log persisted
 * in PostgreSQL (a server through PgSqlClient, or PGlite in-process). It keeps no state in
 * memory, so any number of store objects on one database (restarts, replicas) see one tree.
 */
export class AuditLedgerStore {
  private moneyLogOpening: Promise<MoneyLogStore> | undefined;
  private scanCheckpointsOpening: Promise<ScanCheckpointStore> | undefined;
  private villageHouseholdsOpening: Promise<VillageHouseholdsStore> | undefined;
  /** The findings listing with each finding's case status, kept beside the ledger. */
  readonly findingIndex: FindingIndex;
  /** How far the incremental chain check has got, kept beside the ledger. */
  readonly chainCheckpoint: ChainCheckCheckpoint;

  private constructor(
    private readonly sql: SqlClient,
    readonly schema: string,
    readonly origin: string,
    private readonly now: () => Date,
  ) {
    this.findingIndex = new FindingIndex(sql, schema);
    this.chainCheckpoint = new ChainCheckCheckpoint(sql, schema);
  }

  /** Opens the store and ensures its schema. */
  static async open(sql: SqlClient, options: AuditLedgerStoreOptions = {}): Promise<AuditLedgerStore> {
    const store = new AuditLedgerStore(
      sql,
      assertSchemaName(options.schema ?? 'kongthun_audit'),
      options.origin ?? 'kongthun.audit',
      options.now ?? (() => new Date()),
    );
    await store.ensureSchema();
    return store;
  }

  /** Creates the tables if missing (idempotent; safe with several starters). */
  async ensureSchema(): Promise<void> {
    await migrateLedger(this.sql, this.schema);
    await this.findingIndex.ensureSchema();
    await this.chainCheckpoint.ensureSchema();
  }

  /** Stores one delivered event; a redelivery is a no-op that answers with the existing leaf. */
  async append(event: LedgerEvent): Promise<AppendOutcome> {
    return (await this.appendMany([event]))[0];
  }

  /** Stores a batch (e.g. one Kafka fetch) in one transaction, in order; one outcome per event. */
  appendMany(events: readonly LedgerEvent[]): Promise<AppendOutcome[]> {
    if (events.length === 0) return Promise.resolve([]);
    return this.sql.transaction((tx) => appendLeaves(tx, this.schema, events));
  }

  /** The same within a caller's transaction on this store's database (e.g. with a red flag it raises). */
  appendIn(tx: SqlQueryable, events: readonly LedgerEvent[]): Promise<AppendOutcome[]> {
    return appendLeaves(tx, this.schema, events);
  }

  /** The money-contract log kept in this ledger's database and schema; opened once, closed with the ledger. */
  moneyLog(): Promise<MoneyLogStore> {
    this.moneyLogOpening ??= MoneyLogStore.open(this.sql, { schema: this.schema });
    return this.moneyLogOpening;
  }

  /** Village household counts the audit office imported, in the ledger's database. */
  villageHouseholds(): Promise<VillageHouseholdsStore> {
    this.villageHouseholdsOpening ??= VillageHouseholdsStore.open(this.sql, { schema: this.schema });
    return this.villageHouseholdsOpening;
  }

  /** The scanners' checkpoints, in the ledger's database. */
  scanCheckpoints(): Promise<ScanCheckpointStore> {
    this.scanCheckpointsOpening ??= ScanCheckpointStore.open(this.sql, { schema: this.schema });
    return this.scanCheckpointsOpening;
  }

  size(): Promise<number> {
    return currentSize(this.sql, this.schema);
  }

  /** The RFC 6962 root (hex) at `treeSize`, default now; O(log n) reads for any past size. */
  rootHash(treeSize?: number): Promise<{ treeSize: number; rootHash: string }> {
    return rootHashAt(this.sql, this.schema, treeSize);
  }

  async entry(eventId: string): Promise<LedgerEntry | undefined> {
    const { rows } = await this.sql.query<LeafRow>(`SELECT ${LEAF_COLUMNS} FROM ${this.schema}.leaves l WHERE l.event_id = $1`, [eventId]);
    return rows.length ? entryFromRow(rows[0]) : undefined;
  }

  /** A stream's events in revision order (forks: both, in leaf order), for chain checks and replay. */
  async readStream(streamId: string, options: { fromRevision?: bigint | string; maxCount?: number } = {}): Promise<LedgerEntry[]> {
    const { rows } = await this.sql.query<LeafRow>(
      `SELECT ${LEAF_COLUMNS} FROM ${this.schema}.leaves l WHERE l.stream_id = $1 AND l.stream_revision >= $2::bigint
       ORDER BY l.stream_revision, l.leaf_index LIMIT $3`,
      [streamId, String(options.fromRevision ?? 0), options.maxCount ?? null],
    );
    return rows.map(entryFromRow);
  }

  /** Every stream the ledger holds an event of, for the chain check. */
  async streamIds(): Promise<string[]> {
    const { rows } = await this.sql.query<{ stream_id: string }>(
      `SELECT DISTINCT l.stream_id FROM ${this.schema}.leaves l ORDER BY l.stream_id`,
    );
    return rows.map((row) => row.stream_id);
  }

  /** The streams with a leaf after leaf `after` (exclusive; -1: every stream) and the last such leaf (-1: none); O(new leaves). */
  async streamsChangedAfter(after: number): Promise<{ streamIds: string[]; lastLeafIndex: number }> {
    const { rows } = await this.sql.query<{ stream_id: string; last_leaf: string }>(
      `SELECT l.stream_id, MAX(l.leaf_index)::text AS last_leaf FROM ${this.schema}.leaves l WHERE l.leaf_index > $1::bigint GROUP BY l.stream_id ORDER BY l.stream_id`,
      [String(after)],
    );
    return {
      streamIds: rows.map((row) => row.stream_id),
      lastLeafIndex: rows.reduce((last, row) => Math.max(last, Number(row.last_leaf)), -1),
    };
  }

  /** The ledger in leaf order after leaf `after` (exclusive; omit to start at leaf 0). Leaf indices are gapless. */
  async readLog(options: { after?: number; maxCount: number }): Promise<LedgerEntry[]> {
    const { rows } = await this.sql.query<LeafRow>(
      `SELECT ${LEAF_COLUMNS} FROM ${this.schema}.leaves l WHERE l.leaf_index > $1::bigint ORDER BY l.leaf_index LIMIT $2`,
      [String(options.after ?? -1), options.maxCount],
    );
    return rows.map(entryFromRow);
  }

  /** Inclusion proof of an event in the tree of `treeSize` (default: now). */
  async inclusionProof(eventId: string, treeSize?: number): Promise<InclusionProof & { entry: LedgerEntry }> {
    const { entry, size } = await this.requireEntry(eventId);
    return { ...(await inclusionProofAt(this.sql, this.schema, entry.leafIndex, treeSize, size)), entry };
  }

  /** Inclusion proof against a signed head: the given one, else the latest, which must already cover the event. */
  async signedInclusionProof(eventId: string, head?: SignedTreeHead): Promise<SignedInclusionProof> {
    const treeHead = head ?? (await this.latestTreeHead());
    const { entry, size } = await this.requireEntry(eventId);
    if (!treeHead || treeHead.treeSize <= entry.leafIndex)
      throw new AuditStoreError(
        'audit.not-yet-signed',
        `Event ${eventId} (leaf ${entry.leafIndex}) is not covered by a signed tree head yet`,
        { eventId },
      );
    const proof = await inclusionProofAt(this.sql, this.schema, entry.leafIndex, treeHead.treeSize, size);
    if (proof.rootHash !== treeHead.rootHash)
      throw new AuditStoreError('audit.tree-head-mismatch', `The tree head of size ${treeHead.treeSize} is not this ledger's`);
    return { ...proof, entry, treeHead };
  }

  consistencyProof(oldSize: number, newSize?: number): Promise<ConsistencyProof> {
    return consistencyProofBetween(this.sql, this.schema, oldSize, newSize);
  }

  /** Signs the current size and root with the log's key, at now(), and stores the signed head. */
  async signTreeHead(key: SigningKey): Promise<SignedTreeHead> {
    const { treeSize, rootHash } = await this.rootHash();
    return this.saveTreeHead(signTreeHead({ origin: this.origin, treeSize, rootHash, timestamp: this.now().toISOString() }, key));
  }

  /** Stores a signed head after checking it is this ledger's and every signature holds; answers with all signatures stored for it. */
  async saveTreeHead(sth: SignedTreeHead): Promise<SignedTreeHead> {
    const size = await this.size();
    if (!Number.isSafeInteger(sth.treeSize) || sth.treeSize > size)
      throw new AuditStoreError('audit.tree-head-mismatch', `Tree head of size ${sth.treeSize}; this ledger holds ${size}`, {
        treeSize: String(sth.treeSize),
      });
    checkHead(sth, this.origin, (await this.rootHash(sth.treeSize)).rootHash);
    await this.sql.transaction(async (tx) => {
      const signatures = [];
      for (const s of sth.signatures) signatures.push(s.signer === 'log' ? s : await admitWitnessSignature(tx, this.schema, s));
      await insertTreeHead(tx, this.schema, { ...sth, signatures });
    });
    return (await this.treeHead({ head: sth })) as SignedTreeHead;
  }

  /** Adds a registered witness's co-signature to a stored head, keeping every earlier signature. */
  async addCosignature(head: TreeHead, signature: HeadSignature): Promise<SignedTreeHead> {
    const stored = await this.treeHead({ head });
    if (!stored) throw new AuditStoreError('audit.unknown-tree-head', `No stored tree head of size ${head.treeSize} at ${head.timestamp}`);
    await this.sql.transaction(async (tx) => {
      const admitted = await admitWitnessSignature(tx, this.schema, signature);
      checkSignature(stored, admitted);
      await insertTreeHead(tx, this.schema, { ...stored, signatures: [admitted] });
    });
    return (await this.treeHead({ head })) as SignedTreeHead;
  }

  /** Allows a key to co-sign heads from now on; recorded for good, with who did it and when. */
  registerWitness(witness: { name: string; publicKey: string; actor: string }): Promise<Witness> {
    return this.sql.transaction((tx) => registerWitness(tx, this.schema, { ...witness, at: this.now().toISOString() }));
  }

  /** Refuses the key's co-signatures from now on; those it gave before stay. */
  revokeWitness(revocation: { keyId: string; reason: string; actor: string }): Promise<Witness> {
    return this.sql.transaction((tx) => revokeWitness(tx, this.schema, { ...revocation, at: this.now().toISOString() }));
  }

  witnesses(): Promise<Witness[]> {
    return readWitnesses(this.sql, this.schema);
  }

  latestTreeHead(): Promise<SignedTreeHead | undefined> {
    return readTreeHead(this.sql, this.schema, { latest: true });
  }

  treeHead(query: HeadQuery): Promise<SignedTreeHead | undefined> {
    return readTreeHead(this.sql, this.schema, query);
  }

  /**
   * A `kongthun.evidence/v2` bundle against one signed head (default: the latest): the events, and
   * with `findingEventId` the finding's own `audit.finding.raised` leaf, whose evidence list must
   * then be exactly `eventIds` (buildEvidenceBundle refuses otherwise).
   */
  async evidenceBundle(request: {
    eventIds: readonly string[];
    treeHead?: SignedTreeHead;
    findingEventId?: string;
  }): Promise<EvidenceBundle> {
    if (request.eventIds.length === 0 && request.findingEventId === undefined)
      throw new AuditStoreError('audit.empty-evidence', 'Evidence needs at least one event');
    // One head for every proof, read once: a head signed meanwhile must not split the bundle.
    const treeHead = request.treeHead ?? (await this.latestTreeHead());
    const proven = async (id: string) => {
      const p = await this.signedInclusionProof(id, treeHead);
      return { event: p.entry.event, leafIndex: p.leafIndex, auditPath: p.auditPath, treeHead: p.treeHead };
    };
    const finding = request.findingEventId === undefined ? undefined : await proven(request.findingEventId);
    const events = [];
    for (const id of new Set(request.eventIds)) events.push(await proven(id));
    return buildEvidenceBundle({ treeHead: (finding ?? events[0]).treeHead, createdAt: this.now().toISOString(), finding, events });
  }

  /** Recomputes every event hash, leaf and signed root from the stored events: linear, O(log n) memory. */
  verify(): Promise<LedgerVerification> {
    return verifyStoredLedger(this.sql, this.schema);
  }

  close(): Promise<void> {
    return this.sql.close();
  }

  /** The event's entry and the ledger's size, in one round trip. */
  private async requireEntry(eventId: string): Promise<{ entry: LedgerEntry; size: number }> {
    const { rows } = await this.sql.query<LeafRow & { tree_size: string }>(
      `SELECT ${LEAF_COLUMNS}, (SELECT t.size::text FROM ${this.schema}.tree_size t) AS tree_size FROM ${this.schema}.leaves l WHERE l.event_id = $1`,
      [eventId],
    );
    if (rows.length === 0) throw new AuditStoreError('audit.unknown-event', `Event ${eventId} is not in the audit ledger`, { eventId });
    return { entry: entryFromRow(rows[0]), size: Number(rows[0].tree_size) };
  }
}
