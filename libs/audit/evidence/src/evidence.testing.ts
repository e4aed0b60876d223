// Test-only fixtures: a small ledger of hash-chained events, keys, and a bundle over it.
import { eventHashOf, eventLeafData, LedgerEvent, MerkleTree } from '@kongthun/audit-ledger';
import { buildEvidenceBundle, EvidenceBundle } from './evidence-bundle';
import { FINDING_RAISED } from './finding-event';
import { cosignTreeHead, signTreeHead, SignedTreeHead, withSignature } from './head-signature';
import { generateSigningKeyPem, SigningKey, signingKeyFromPem } from './signing-key';

export const newKey = (): SigningKey => signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
export const logKey = newKey();
export const witnessKey = newKey();

let counter = 0;
const uuid = (): string => `01900000-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;

/** An event with a correct hash, following `prevHash` at `revision`. */
export function makeEvent(streamId: string, revision: number, prevHash: string | null, amount = '200.00'): LedgerEvent {
  const unhashed = {
    id: uuid(),
    type: 'welfare.claim.paid',
    schemaVersion: 1,
    streamId,
    streamRevision: String(revision),
    globalPosition: String(counter),
    recordedAt: new Date(Date.UTC(2025, 11, 11, 3, 0, revision)).toISOString(),
    prevHash,
    hash: '',
    data: { claimId: `c-${revision}`, amount, memberId: 'm-006', evidenceRefs: ['med-cert-100'] },
    metadata: { actor: { userId: 'u-malee', role: 'treasurer' }, correlationId: uuid(), causationId: null },
  };
  return { ...unhashed, hash: eventHashOf(unhashed) };
}

/** `n` chained events of one stream from revision `from`. */
export function makeChain(streamId: string, n: number, from = 0, prevHash: string | null = null): LedgerEvent[] {
  const out: LedgerEvent[] = [];
  for (let r = from; r < from + n; r++) out.push(makeEvent(streamId, r, out.at(-1)?.hash ?? prevHash));
  return out;
}

export interface SampleLedger {
  tree: MerkleTree;
  events: LedgerEvent[];
  head: SignedTreeHead;
}

/** Events appended to a fresh in-memory tree in the given order, with a head signed by the log and co-signed by a witness. */
export function ledgerOf(events: LedgerEvent[]): SampleLedger {
  const tree = new MerkleTree();
  for (const e of events) tree.append(eventLeafData(e));
  const head = {
    origin: 'kongthun.audit/test',
    treeSize: tree.size,
    rootHash: tree.root().toString('hex'),
    timestamp: '2025-12-11T03:00:00.000Z',
  };
  return { tree, events, head: withSignature(signTreeHead(head, logKey), cosignTreeHead(head, witnessKey, 'สตง. ภูเก็ต')) };
}

/** A bundle of the picked events alone, as `events/:id/evidence` exports one. */
export function bundleOf(ledger: SampleLedger, pick: (e: LedgerEvent) => boolean): EvidenceBundle {
  return buildEvidenceBundle({ treeHead: ledger.head, createdAt: '2025-12-12T00:00:00.000Z', events: provenIn(ledger, pick) });
}

const provenIn = (ledger: SampleLedger, pick: (e: LedgerEvent) => boolean) =>
  ledger.events
    .map((event, leafIndex) => ({ event, leafIndex, auditPath: ledger.tree.inclusionProof(leafIndex) }))
    .filter((e) => pick(e.event));

/** An `audit.finding.raised` event citing `evidence`, as the audit service raises one: its own stream, revision 0, id = finding id. */
export function makeFinding(evidence: readonly LedgerEvent[]): LedgerEvent {
  const id = uuid();
  const unhashed = {
    id,
    type: FINDING_RAISED,
    schemaVersion: 1,
    streamId: `audit-finding-${id}`,
    streamRevision: '0',
    globalPosition: String(counter),
    recordedAt: '2025-12-11T03:30:00.000Z',
    prevHash: null,
    hash: '',
    data: {
      findingId: id,
      rule: 'red-flag.split-payout',
      severity: 'high',
      summary: 'One claim paid in parts under the approval limit',
      summaryTh: 'แบ่งจ่ายเงินเพื่อเลี่ยงวงเงินอนุมัติ',
      streamId: evidence[0]?.streamId ?? null,
      evidenceEventIds: evidence.map((e) => e.id),
      details: { fundId: 'fund-a', amount: '800.00', approvalLimit: '500.00' },
    },
    metadata: { actor: { userId: 'audit-service', role: 'system' }, correlationId: id, causationId: evidence[0]?.id ?? null },
  };
  return { ...unhashed, hash: eventHashOf(unhashed) };
}

/** The bundle of a finding in the ledger: the finding with its proof and the events it lists. */
export function findingBundleOf(ledger: SampleLedger, finding: LedgerEvent): EvidenceBundle {
  const [proven] = provenIn(ledger, (e) => e.id === finding.id);
  const listed = new Set((finding.data.evidenceEventIds as string[]) ?? []);
  return buildEvidenceBundle({
    treeHead: ledger.head,
    createdAt: '2025-12-12T00:00:00.000Z',
    finding: proven,
    events: provenIn(ledger, (e) => listed.has(e.id)),
  });
}

/**
 * fund-a revisions 0..4 and fund-b 0..3 interleaved with 11 unrelated events, then a finding that
 * cites fund-a@1..3 and fund-b@0; the bundle is that finding's.
 */
export function sampleLedger(): { ledger: SampleLedger; bundle: EvidenceBundle; finding: LedgerEvent } {
  const a = makeChain('fund-a', 5);
  const b = makeChain('fund-b', 4);
  const other = makeChain('fund-z', 11);
  const finding = makeFinding([a[1], a[2], a[3], b[0]]);
  const events = [
    other[0],
    a[0],
    b[0],
    a[1],
    other[1],
    other[2],
    a[2],
    a[3],
    b[1],
    other[3],
    other[4],
    b[2],
    a[4],
    ...other.slice(5, 8),
    finding,
    ...other.slice(8),
    b[3],
  ];
  const ledger = ledgerOf(events);
  return { ledger, bundle: findingBundleOf(ledger, finding), finding };
}

/** A deep copy to tamper with. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
