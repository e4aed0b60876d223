import { eventLeafHash, LedgerEvent, verifyInclusion } from '@kongthun/audit-ledger';
import { SignedTreeHead } from './head-signature';
import { findingOf } from './finding-event';

export const EVIDENCE_FORMAT = 'kongthun.evidence/v2';
/** The format before the finding was itself a proven ledger event; refused, not half-checked. */
export const RETIRED_EVIDENCE_FORMATS = ['kongthun.evidence/v1'] as const;

/** One event in full, and the RFC 6962 audit path from its leaf to the bundle's tree head. */
export interface EvidenceEntry {
  leafIndex: number;
  /** Lower-case hex hashes, leaf to root. */
  auditPath: string[];
  event: LedgerEvent;
}

/**
 * `kongthun.evidence/v2`: a self-contained JSON document that proves, offline, that each event
 * is in the audit ledger exactly as shown. The leaf of an event is
 * SHA-256(0x00 || SHA-256(RFC 8785 canonical JSON of its hashed fields)) (see eventLeafData),
 * so the verifier recomputes it from the event itself, never from a claimed hash.
 * The tree head's bytes are treeHeadBytes (see tree-head.ts).
 *
 * v2 over v1: the finding is no longer a free-text note beside the proofs but the auditor's own
 * `audit.finding.raised` ledger event with its inclusion proof, and `events` must be exactly the
 * evidence that finding lists. Nothing in the bundle is left unproven.
 */
export interface EvidenceBundle {
  format: typeof EVIDENCE_FORMAT;
  /** When the bundle was made (UTC ISO-8601); informative. */
  createdAt: string;
  treeHead: SignedTreeHead;
  /** The finding as raised (data: see FindingData), proven like any event; absent in a bundle of plain events. */
  finding?: EvidenceEntry;
  events: EvidenceEntry[];
}

interface ProvenEvent {
  event: LedgerEvent;
  leafIndex: number;
  auditPath: readonly Buffer[] | readonly string[];
}

export interface BundleInput {
  treeHead: SignedTreeHead;
  events: ProvenEvent[];
  createdAt: string;
  finding?: ProvenEvent;
}

const hexOf = (h: Buffer | string): string => (typeof h === 'string' ? h : h.toString('hex'));
const entryOf = (e: ProvenEvent): EvidenceEntry => ({ leafIndex: e.leafIndex, auditPath: e.auditPath.map(hexOf), event: e.event });

/**
 * Assembles a bundle, refusing to emit one that would fail offline (a bundle that fails would be
 * worse than none): every proof must hold, and with a finding, the events must be exactly the
 * ones it lists. Entries are put in leaf order.
 */
export function buildEvidenceBundle(input: BundleInput): EvidenceBundle {
  const root = Buffer.from(input.treeHead.rootHash, 'hex');
  const events = input.events.map(entryOf).sort((a, b) => a.leafIndex - b.leafIndex);
  const finding = input.finding ? entryOf(input.finding) : undefined;
  for (const e of finding ? [finding, ...events] : events) {
    const path = e.auditPath.map((h) => Buffer.from(h, 'hex'));
    if (!verifyInclusion(eventLeafHash(e.event), e.leafIndex, input.treeHead.treeSize, path, root))
      throw new Error(`event ${e.event.id} at leaf ${e.leafIndex} is not proven included in the tree of size ${input.treeHead.treeSize}`);
  }
  if (finding) {
    const listed = findingOf(finding.event);
    if (!listed) throw new Error(`event ${finding.event.id} is not a raised finding`);
    const held = new Set(events.map((e) => e.event.id));
    const wanted = new Set(listed.evidenceEventIds);
    if (held.size !== wanted.size || [...wanted].some((id) => !held.has(id)))
      throw new Error(`the events given are not the evidence finding ${finding.event.id} lists`);
  }
  return {
    format: EVIDENCE_FORMAT,
    createdAt: input.createdAt,
    treeHead: input.treeHead,
    ...(finding ? { finding } : {}),
    events,
  };
}
