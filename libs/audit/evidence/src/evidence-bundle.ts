import { eventLeafHash, LedgerEvent, verifyInclusion } from '@kongthun/audit-ledger';
import { SignedTreeHead } from './head-signature';

export const EVIDENCE_FORMAT = 'kongthun.evidence/v1';

/** What the auditor found, carried along so the file explains itself; not covered by any signature. */
export interface Finding {
  /** Stable dotted code of the red flag, e.g. `audit.claim.split-payout`. */
  code: string;
  summary: string;
  summaryTh?: string;
  details?: Record<string, unknown>;
}

/** One event in full, and the RFC 6962 audit path from its leaf to the bundle's tree head. */
export interface EvidenceEntry {
  leafIndex: number;
  /** Lower-case hex hashes, leaf to root. */
  auditPath: string[];
  event: LedgerEvent;
}

/**
 * `kongthun.evidence/v1`: a self-contained JSON document that proves, offline, that each event
 * is in the audit ledger exactly as shown. The leaf of an event is
 * SHA-256(0x00 || SHA-256(RFC 8785 canonical JSON of its hashed fields)) (see eventLeafData),
 * so the verifier recomputes it from the event itself, never from a claimed hash.
 * The tree head's bytes are treeHeadBytes (see tree-head.ts).
 */
export interface EvidenceBundle {
  format: typeof EVIDENCE_FORMAT;
  /** When the bundle was made (UTC ISO-8601); informative. */
  createdAt: string;
  treeHead: SignedTreeHead;
  events: EvidenceEntry[];
  finding?: Finding;
}

export interface BundleInput {
  treeHead: SignedTreeHead;
  events: { event: LedgerEvent; leafIndex: number; auditPath: readonly Buffer[] | readonly string[] }[];
  createdAt: string;
  finding?: Finding;
}

const hexOf = (h: Buffer | string): string => (typeof h === 'string' ? h : h.toString('hex'));

/**
 * Assembles a bundle, refusing to emit one whose proofs do not hold: a bundle that fails
 * offline would be worse than none. Entries are put in leaf order.
 */
export function buildEvidenceBundle(input: BundleInput): EvidenceBundle {
  const root = Buffer.from(input.treeHead.rootHash, 'hex');
  const events = input.events
    .map((e) => ({ leafIndex: e.leafIndex, auditPath: e.auditPath.map(hexOf), event: e.event }))
    .sort((a, b) => a.leafIndex - b.leafIndex);
  for (const e of events) {
    const path = e.auditPath.map((h) => Buffer.from(h, 'hex'));
    if (!verifyInclusion(eventLeafHash(e.event), e.leafIndex, input.treeHead.treeSize, path, root))
      throw new Error(`event ${e.event.id} at leaf ${e.leafIndex} is not proven included in the tree of size ${input.treeHead.treeSize}`);
  }
  return {
    format: EVIDENCE_FORMAT,
    createdAt: input.createdAt,
    treeHead: input.treeHead,
    events,
    ...(input.finding ? { finding: input.finding } : {}),
  };
}
