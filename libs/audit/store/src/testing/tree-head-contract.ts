import { verifyConsistency, verifyInclusion, eventLeafHash } from '@kongthun/audit-ledger';
import {
  cosignTreeHead,
  generateSigningKeyPem,
  publicKeyPem,
  signingKeyFromPem,
  signTreeHead,
  verifyBundle,
  verifyHeadSignature,
} from '@kongthun/audit-evidence';
import { AuditLedgerStore } from '../audit-ledger-store';
import { AuditStoreError } from '../audit-store-error';
import { LedgerEngine, uniqueSchema } from './ledger-engine';
import { findingEvent, interleaved, streamEvents } from './ledger-test-events';

const newKey = () => signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const code = (attempt: Promise<unknown>): Promise<string> =>
  attempt.then(
    () => 'accepted',
    (e: AuditStoreError) => e.code,
  );

/** Signed tree heads, co-signatures, signed proofs and evidence bundles from the store. */
export const treeHeadContract = (engine: LedgerEngine): void => {
  const logKey = newKey();
  const witness = newKey();
  let store: AuditLedgerStore;
  let clock = Date.parse('2025-12-11T03:00:00.000Z');
  const events = interleaved(2, 6, 'sth');

  beforeAll(async () => {
    store = await engine.open({ schema: uniqueSchema('sth'), origin: 'kongthun.audit/test', now: () => new Date((clock += 1000)) });
  });
  afterAll(() => store?.close());

  it('signs the current head with the log key, stores it, and reads it back as the latest', async () => {
    await store.appendMany(events.slice(0, 5));
    const sth = await store.signTreeHead(logKey);
    expect(sth).toMatchObject({
      origin: 'kongthun.audit/test',
      treeSize: 5,
      rootHash: (await store.rootHash(5)).rootHash,
      timestamp: '2025-12-11T03:00:01.000Z',
    });
    expect(sth.signatures.map((s) => [s.signer, s.keyId])).toEqual([['log', logKey.keyId]]);
    expect(verifyHeadSignature(sth, sth.signatures[0])).toBe(true);
    expect(await store.latestTreeHead()).toEqual(sth);
  });

  it('a registered witness co-signature is checked and kept beside the log signature', async () => {
    const head = (await store.latestTreeHead())!;
    await store.registerWitness({ name: 'สตง. ภูเก็ต', publicKey: publicKeyPem(witness.publicKey), actor: 'admin' });
    const cosig = cosignTreeHead(head, witness, 'สตง. ภูเก็ต');
    const both = await store.addCosignature(head, cosig);
    expect(both.signatures.map((s) => [s.signer, s.keyId, s.name])).toEqual([
      ['log', logKey.keyId, undefined],
      ['witness', witness.keyId, 'สตง. ภูเก็ต'],
    ]);
    expect(await store.addCosignature(head, cosig)).toEqual(both);
    const forged = { ...cosig, signature: cosignTreeHead({ ...head, treeSize: 4 }, witness).signature };
    expect(await code(store.addCosignature(head, forged))).toBe('audit.invalid-signature');
    expect(await code(store.addCosignature({ ...head, timestamp: '2030-01-01T00:00:00.000Z' }, cosig))).toBe('audit.unknown-tree-head');
    expect((await store.latestTreeHead())?.signatures).toHaveLength(2);
  });

  it("refuses a head that is not this ledger's or carries a bad signature", async () => {
    const good = (await store.latestTreeHead())!;
    const resigned = (change: object) => signTreeHead({ ...good, ...change }, logKey);
    expect(await code(store.saveTreeHead(resigned({ rootHash: 'ab'.repeat(32) })))).toBe('audit.tree-head-mismatch');
    expect(await code(store.saveTreeHead(resigned({ treeSize: 99 })))).toBe('audit.tree-head-mismatch');
    expect(await code(store.saveTreeHead(resigned({ origin: 'kongthun.audit/other' })))).toBe('audit.foreign-tree-head');
    expect(await code(store.saveTreeHead({ ...good, timestamp: '2025-12-11T04:00:00.000Z' }))).toBe('audit.invalid-signature');
    expect(await code(store.saveTreeHead({ ...good, signatures: [] }))).toBe('audit.unsigned-tree-head');
  });

  it('signed inclusion proofs and a consistency proof between two heads verify', async () => {
    const first = (await store.latestTreeHead())!;
    await store.appendMany(events.slice(5));
    const second = await store.signTreeHead(logKey);
    expect(second.treeSize).toBe(12);
    for (const [i, head] of [
      [0, first],
      [4, first],
      [11, second],
    ] as const) {
      const p = await store.signedInclusionProof(events[i].id, head);
      expect(
        verifyInclusion(
          eventLeafHash(p.entry.event),
          p.leafIndex,
          head.treeSize,
          p.auditPath.map((h) => Buffer.from(h, 'hex')),
          Buffer.from(head.rootHash, 'hex'),
        ),
      ).toBe(true);
    }
    expect((await store.signedInclusionProof(events[11].id)).treeHead).toEqual(second);
    expect(await code(store.signedInclusionProof(events[11].id, first))).toBe('audit.not-yet-signed');
    const c = await store.consistencyProof(first.treeSize, second.treeSize);
    const hex = (h: string) => Buffer.from(h, 'hex');
    expect(verifyConsistency(first.treeSize, second.treeSize, hex(first.rootHash), hex(second.rootHash), c.proof.map(hex))).toBe(true);
  });

  it('exports an evidence bundle that verifies offline, and fails once an event byte changes', async () => {
    const [late] = streamEvents('fund-late', 1);
    await store.append(late);
    const stream = events[0].streamId;
    const ids = events.filter((e) => e.streamId === stream).map((e) => e.id);
    const bundle = await store.evidenceBundle({ eventIds: ids });
    expect(bundle.events.map((e) => e.event.streamRevision)).toEqual(['0', '1', '2', '3', '4', '5']);
    const verdict = verifyBundle(JSON.parse(JSON.stringify(bundle)), { trustedKeys: [publicKeyPem(logKey.publicKey)] });
    expect(verdict.failures).toEqual([]);
    expect(verdict).toMatchObject({ valid: true, signerTrusted: true });
    expect(verdict.checks.filter((c) => c.id === 'stream.chain' && c.status === 'pass')).toHaveLength(5);
    bundle.events[2].event.data.amount = '1000000.00';
    expect(verifyBundle(bundle).failures.map((f) => f.id)).toEqual(['event.hash', 'event.inclusion', 'stream.chain']);
    expect(await code(store.evidenceBundle({ eventIds: [late.id] }))).toBe('audit.not-yet-signed');
  });

  it("exports a finding's bundle: the finding proven as a leaf beside exactly the events it lists", async () => {
    const cited = events.filter((e) => e.streamId === events[1].streamId).slice(0, 3);
    const finding = findingEvent('0190ffff-0000-8000-8000-000000000001', cited);
    await store.append(finding);
    await store.signTreeHead(logKey);
    const bundle = await store.evidenceBundle({ eventIds: cited.map((e) => e.id), findingEventId: finding.id });
    expect(bundle.finding?.event).toEqual(finding);
    expect(bundle.events.map((e) => e.event.id)).toEqual(cited.map((e) => e.id));
    expect(verifyBundle(JSON.parse(JSON.stringify(bundle)), { trustedKeys: [publicKeyPem(logKey.publicKey)] })).toMatchObject({
      valid: true,
      failures: [],
    });
    bundle.finding!.event.data.details = { fundId: 'fund-b', amount: '3000.00' };
    expect(verifyBundle(bundle).failures.map((f) => f.id)).toEqual(['finding.hash', 'finding.inclusion']);
    await expect(store.evidenceBundle({ eventIds: cited.slice(1).map((e) => e.id), findingEventId: finding.id })).rejects.toThrow(
      /not the evidence/,
    );
  });
};
