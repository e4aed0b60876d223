import { createHash } from 'node:crypto';
import { eventLeafData, MerkleTree, verifyConsistency, verifyInclusion } from '@kongthun/audit-ledger';
import { AuditLedgerStore } from '../audit-ledger-store';
import { AuditStoreError } from '../audit-store-error';
import { LedgerEngine, uniqueSchema } from './ledger-engine';
import { interleaved } from './ledger-test-events';

const sha256 = (...parts: Buffer[]): Buffer => parts.reduce((h, p) => h.update(p), createHash('sha256')).digest();

// RFC 6962 §2.1 MTH written out again from the definition, sharing no code with the ledger.
const mth = (leaves: readonly Buffer[]): Buffer => {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leaves[0];
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
};

const unhex = (hashes: readonly string[]): Buffer[] => hashes.map((h) => Buffer.from(h, 'hex'));
const N = 70;
const ALL_BELOW = 20;

/** Roots and proofs read from the store, for every size 1..N, against an independent recomputation. */
export const proofContract = (engine: LedgerEngine): void => {
  let store: AuditLedgerStore;
  const events = interleaved(5, N / 5, 'proof');
  // Leaf hashes straight from the documented leaf format: SHA-256(0x00 || SHA-256(canonical event)).
  const leaves = events.map((e) => sha256(Buffer.from([0]), Buffer.from(e.hash, 'hex')));
  const roots = Array.from({ length: N + 1 }, (_, n) => mth(leaves.slice(0, n)));
  const memory = new MerkleTree();
  events.forEach((e) => memory.append(eventLeafData(e)));
  let seed = 7;
  const pick = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;

  beforeAll(async () => {
    store = await engine.open({ schema: uniqueSchema('proof') });
    // Appended alone and in batches of several sizes, so batch boundaries fall everywhere.
    for (const e of events.slice(0, 10)) await store.append(e);
    for (const [from, to] of [
      [10, 17],
      [17, 30],
      [30, N],
    ])
      await store.appendMany(events.slice(from, to));
  });
  afterAll(() => store?.close());

  it('root at every past size 0..N equals the RFC 6962 MTH of the first leaves', async () => {
    for (let n = 0; n <= N; n++) expect([n, (await store.rootHash(n)).rootHash]).toEqual([n, roots[n].toString('hex')]);
  });

  it('inclusion proofs for every leaf (size <= 20) or a sample (larger) verify and equal the in-memory tree', async () => {
    let checked = 0;
    for (let n = 1; n <= N; n++) {
      const indices = n <= ALL_BELOW ? [...Array(n).keys()] : [0, n - 1, pick(n), pick(n)];
      for (const i of indices) {
        const proof = await store.inclusionProof(events[i].id, n);
        expect(proof).toMatchObject({ leafIndex: i, treeSize: n, rootHash: roots[n].toString('hex') });
        if (!verifyInclusion(leaves[i], i, n, unhex(proof.auditPath), roots[n])) throw new Error(`inclusion ${i}/${n} does not verify`);
        expect(proof.auditPath).toEqual(memory.inclusionProof(i, n).map((h) => h.toString('hex')));
        checked++;
      }
    }
    expect(checked).toBe(210 + 50 * 4);
  });

  it('consistency proofs for every pair (size <= 20) or a sample (larger) verify and equal the in-memory tree', async () => {
    for (let n = 1; n <= N; n++) {
      const olds = n <= ALL_BELOW ? [...Array(n + 1).keys()] : [0, 1, n - 1, n, 1 + pick(n)];
      for (const m of olds) {
        const p = await store.consistencyProof(m, n);
        expect([p.oldRootHash, p.newRootHash]).toEqual([roots[m].toString('hex'), roots[n].toString('hex')]);
        if (!verifyConsistency(m, n, roots[m], roots[n], unhex(p.proof))) throw new Error(`consistency ${m}->${n} does not verify`);
        expect(p.proof).toEqual(memory.consistencyProof(m, n).map((h) => h.toString('hex')));
      }
    }
  });

  it('refuses proofs for trees or leaves that do not exist', async () => {
    const codes = [];
    const attempts = [
      () => store.rootHash(N + 1),
      () => store.inclusionProof(events[5].id, 5),
      () => store.consistencyProof(10, N + 1),
      () => store.consistencyProof(11, 10),
      () => store.inclusionProof('no-such-event'),
    ];
    for (const attempt of attempts)
      codes.push(
        await attempt().then(
          () => 'accepted',
          (e: AuditStoreError) => e.code,
        ),
      );
    expect(codes).toEqual([
      'audit.no-such-tree-size',
      'audit.leaf-outside-tree',
      'audit.no-such-tree-size',
      'audit.no-such-tree-size',
      'audit.unknown-event',
    ]);
  });
};
