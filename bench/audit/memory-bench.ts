import { createHash, randomBytes } from 'node:crypto';
import { eventHashOf, leafHash, LedgerEvent, MerkleFrontier, MerkleTree, verifyInclusion } from '@kongthun/audit-ledger';
import { AuditBenchConfig } from './config';
import { sampleIndices } from './workload';

export interface RateResult {
  subject: string;
  count: number;
  seconds: number;
  perSec: number;
}

export interface ProofResult {
  subject: string;
  size: number;
  proofs: number;
  /** Mean audit path length. */
  pathLength: number;
  makeMicros: number;
  verifyMicros?: number;
  /** node:crypto alone hashing as many 64-byte node pairs as the path is long. */
  baselineMicros?: number;
}

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, (performance.now() - started) / 1000];
};

/**
 * Seconds per item of `work` over `items`, as the best of `chunks` equal slices: a major GC or
 * another tenant's burst only ever slows a slice down, so the fastest slice is the code's cost.
 */
export function bestPerItem<T>(items: readonly T[], chunks: number, work: (item: T, index: number) => unknown): number {
  const size = Math.ceil(items.length / chunks);
  let best = Infinity;
  for (let start = 0; start < items.length; start += size) {
    const slice = items.slice(start, start + size);
    const [, seconds] = time(() => slice.forEach((item, k) => work(item, start + k)));
    best = Math.min(best, seconds / slice.length);
  }
  return best;
}

const CHUNKS = 5;
const NODE = Buffer.from([1]);
const LEAF = Buffer.from([0]);

/** Leaf appends into the in-memory tree and frontier, and proofs at each size, against node:crypto over the same bytes. */
export function treeBench(config: AuditBenchConfig): { appends: RateResult[]; proofs: ProofResult[] } {
  const max = config.treeSizes[config.treeSizes.length - 1];
  const data = randomBytes(max * 32); // leaf i's data is bytes [32i, 32i+32): a 32-byte event hash, as in the ledger
  const leaf = (i: number): Buffer => data.subarray(i * 32, i * 32 + 32);

  const [, baseSeconds] = time(() => {
    for (let i = 0; i < max; i++) createHash('sha256').update(LEAF).update(leaf(i)).digest();
  });
  const frontier = MerkleFrontier.empty();
  const [, frontierSeconds] = time(() => {
    for (let i = 0; i < max; i++) frontier.append(leafHash(leaf(i)));
  });

  const tree = new MerkleTree();
  const proofs: ProofResult[] = [];
  let treeSeconds = 0;
  for (const size of config.treeSizes) {
    treeSeconds += time(() => {
      while (tree.size < size) tree.append(leaf(tree.size));
    })[1];
    const indices = sampleIndices(config.proofs, size, size);
    const paths: Buffer[][] = new Array(indices.length);
    const makeSeconds = bestPerItem(indices, CHUNKS, (i, k) => (paths[k] = tree.inclusionProof(i, size)));
    const root = tree.root(size);
    let failures = 0;
    const verifySeconds = bestPerItem(indices, CHUNKS, (i, k) => verifyInclusion(tree.leafHash(i), i, size, paths[k], root) || failures++);
    if (failures > 0) throw new Error(`${failures} inclusion proofs at size ${size} did not verify`);
    const pathLength = paths.reduce((n, p) => n + p.length, 0) / paths.length;
    const pair = randomBytes(64);
    const baselineSeconds = bestPerItem(indices, CHUNKS, () => {
      for (let h = 0; h < pathLength; h++) createHash('sha256').update(NODE).update(pair).digest();
    });
    const micros = (s: number) => s * 1e6;
    proofs.push({
      subject: 'MerkleTree (memory)',
      size,
      proofs: config.proofs,
      pathLength,
      makeMicros: micros(makeSeconds),
      verifyMicros: micros(verifySeconds),
      baselineMicros: micros(baselineSeconds),
    });
  }
  if (!frontier.root().equals(tree.root())) throw new Error('frontier and tree disagree on the root');
  const rate = (subject: string, seconds: number): RateResult => ({ subject, count: max, seconds, perSec: max / seconds });
  return {
    appends: [
      rate('node:crypto sha256(0x00 ‖ 32 B) alone', baseSeconds),
      rate('MerkleTree.append (memory)', treeSeconds),
      rate('MerkleFrontier.append (O(log n) memory)', frontierSeconds),
    ],
    proofs,
  };
}

/**
 * Full verification of a ledger held as parsed JSON envelopes: each event's hash recomputed
 * (RFC 8785 canonical JSON + SHA-256) and compared, its leaf hashed, the root folded, compared.
 */
export function verificationBench(events: readonly LedgerEvent[], expectedRoot: Buffer): RateResult {
  const [root, seconds] = time(() => {
    const frontier = MerkleFrontier.empty();
    for (const e of events) {
      const h = eventHashOf(e);
      if (h !== e.hash) throw new Error(`event ${e.id} does not match its hash`);
      frontier.append(leafHash(Buffer.from(h, 'hex')));
    }
    return frontier.root();
  });
  if (!root.equals(expectedRoot)) throw new Error('recomputed root differs');
  return { subject: 'in memory: event hash + leaf + root', count: events.length, seconds, perSec: events.length / seconds };
}
