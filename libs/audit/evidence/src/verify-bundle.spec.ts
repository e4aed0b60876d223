import { eventHashOf } from '@kongthun/audit-ledger';
import { EvidenceBundle } from './evidence-bundle';
import { publicKeyPem } from './signing-key';
import { verifyBundle, Verdict } from './verify-bundle';
import {
  bundleOf,
  copy,
  findingBundleOf,
  ledgerOf,
  logKey,
  makeChain,
  makeEvent,
  makeFinding,
  newKey,
  sampleLedger,
  witnessKey,
} from './evidence.testing';

const { ledger, bundle, finding } = sampleLedger();
const failed = (v: Verdict): string[] => v.failures.map((f) => `${f.id} ${f.subject.split(' ')[1] ?? f.subject}`);
const tampered = (change: (b: EvidenceBundle) => void): EvidenceBundle => {
  const b = copy(bundle);
  change(b);
  return b;
};

describe('a bundle as exported', () => {
  it('is valid after a JSON round trip: every signature, hash, inclusion and link passes', () => {
    const v = verifyBundle(JSON.parse(JSON.stringify(bundle)));
    expect(v.failures).toEqual([]);
    expect(v.valid).toBe(true);
    expect(v.checks.filter((c) => c.id === 'tree-head.signature' && c.status === 'pass')).toHaveLength(2);
    expect(v.checks.filter((c) => c.id === 'event.inclusion' && c.status === 'pass')).toHaveLength(4);
    // fund-a@2 -> @1 and @3 -> @2; fund-b@0 is alone.
    expect(v.checks.filter((c) => c.id === 'stream.chain').map((c) => [c.status, c.subject.split(' ')[1]])).toEqual([
      ['pass', 'fund-a@2'],
      ['pass', 'fund-a@3'],
    ]);
    expect(v.signerTrusted).toBe(false);
    expect(v.checks.find((c) => c.id === 'tree-head.trusted-key')?.status).toBe('skip');
    expect(v.checks.filter((c) => c.id.startsWith('finding.')).map((c) => [c.id, c.status])).toEqual([
      ['finding.hash', 'pass'],
      ['finding.inclusion', 'pass'],
      ['finding.evidence', 'pass'],
      ['finding.evidence', 'pass'],
      ['finding.evidence', 'pass'],
      ['finding.evidence', 'pass'],
    ]);
    expect(v.en).toMatch(
      new RegExp(
        `^VALID: finding red-flag.split-payout \\(${finding.id}\\) as raised, and its 4 evidence event\\(s\\), unaltered.*NOT checked against a trusted key`,
      ),
    );
    expect(v.th).toMatch(/^ถูกต้อง: ข้อสังเกต red-flag.split-payout .* และหลักฐาน 4 รายการไม่ถูกแก้ไข/);
  });

  it('is trusted when the log or the witness key is given, as PEM or key id', () => {
    expect(verifyBundle(bundle, { trustedKeys: [publicKeyPem(logKey.publicKey)] })).toMatchObject({ valid: true, signerTrusted: true });
    expect(verifyBundle(bundle, { trustedKeys: [witnessKey.keyId] })).toMatchObject({ valid: true, signerTrusted: true });
  });

  it('fails the trusted-key check against a key that signed nothing; an unreadable key throws', () => {
    const v = verifyBundle(bundle, { trustedKeys: [publicKeyPem(newKey().publicKey)] });
    expect(v.valid).toBe(false);
    expect(failed(v)).toEqual(['tree-head.trusted-key head']);
    expect(() => verifyBundle(bundle, { trustedKeys: ['nonsense!'] })).toThrow();
  });
});

describe('each tamper fails the check that names it', () => {
  it('one changed byte in an event: its hash and its inclusion fail, nothing else', () => {
    const b = tampered((x) => (x.events[2].event.data.amount = '900.00'));
    expect(failed(verifyBundle(b)).sort()).toEqual(['event.hash fund-a@2', 'event.inclusion fund-a@2', 'stream.chain fund-a@3']);
  });

  it('a changed event whose hash field was recomputed still fails inclusion, and the next link', () => {
    const b = tampered((x) => {
      x.events[2].event.metadata.actor = { userId: 'u-somchai', role: 'committee' };
      x.events[2].event.hash = eventHashOf(x.events[2].event);
    });
    expect(failed(verifyBundle(b)).sort()).toEqual(['event.inclusion fund-a@2', 'stream.chain fund-a@3']);
  });

  it('an altered audit path or leaf index fails inclusion only', () => {
    const path = tampered((x) => (x.events[0].auditPath[2] = '00'.repeat(32)));
    expect(failed(verifyBundle(path))).toEqual(['event.inclusion fund-b@0']);
    const index = tampered((x) => (x.events[3].leafIndex += 1));
    expect(failed(verifyBundle(index))).toEqual(['event.inclusion fund-a@3']);
  });

  it('a changed tree head fails every signature (and the inclusions, for a changed root)', () => {
    const size = verifyBundle(tampered((x) => (x.treeHead.treeSize += 1)));
    expect(size.failures.filter((f) => f.id === 'tree-head.signature')).toHaveLength(2);
    const root = verifyBundle(tampered((x) => (x.treeHead.rootHash = ledger.tree.root(5).toString('hex'))));
    expect(failed(root).filter((f) => f.startsWith('event.inclusion'))).toHaveLength(4);
    expect(root.failures.filter((f) => f.id === 'tree-head.signature')).toHaveLength(2);
  });

  it('a bad signature fails that signature; with none valid the bundle is invalid', () => {
    const flip = (s: string) => {
      const bytes = Buffer.from(s, 'base64');
      bytes[0] ^= 0x80;
      return bytes.toString('base64');
    };
    const one = verifyBundle(tampered((x) => (x.treeHead.signatures[1].signature = flip(x.treeHead.signatures[1].signature))));
    expect(one.valid).toBe(false);
    expect(one.failures.map((f) => [f.id, f.subject.split(' ')[0]])).toEqual([['tree-head.signature', 'witness']]);
    const none = verifyBundle(tampered((x) => (x.treeHead.signatures = [])));
    expect(none.failures.map((f) => f.id)).toEqual(['tree-head.signature']);
  });

  it.each([
    ['another format version', (x: EvidenceBundle) => ((x as { format: string }).format = 'kongthun.evidence/v3')],
    [
      'an unhashed field added to an event',
      (x: EvidenceBundle) => ((x.events[0].event as unknown as Record<string, unknown>).note = 'approved'),
    ],
    [
      'no events and no finding',
      (x: EvidenceBundle) => {
        x.events = [];
        delete x.finding;
      },
    ],
    ['a finding that is not an audit.finding.raised event', (x: EvidenceBundle) => (x.finding = x.events[0])],
    ['a malformed root', (x: EvidenceBundle) => (x.treeHead.rootHash = 'xyz')],
  ])('%s fails the format check', (_, change) => {
    const v = verifyBundle(tampered(change));
    expect(v.valid).toBe(false);
    expect(v.failures.map((f) => f.id)).toEqual(['bundle.format']);
    expect(v.th).toMatch(/^ไม่ถูกต้อง/);
  });

  it('a document that is not a bundle at all fails the format check', () => {
    for (const doc of [null, 42, 'text', {}]) expect(verifyBundle(doc).failures.map((f) => f.id)).toEqual(['bundle.format']);
  });
});

describe('chain checks among bundled events of one stream', () => {
  it('a forged link that the ledger itself holds is caught by the chain, not by inclusion', () => {
    const good = makeChain('fund-c', 2);
    const forged = makeEvent('fund-c', 2, 'ff'.repeat(32));
    const v = verifyBundle(bundleOf(ledgerOf([...good, forged]), () => true));
    expect(failed(v)).toEqual(['stream.chain fund-c@2']);
    expect(v.en).toMatch(/^INVALID: 1 check\(s\) failed \(stream.chain\); first: does not link to revision 1/);
  });

  it('two different events at one revision are a fork', () => {
    const base = makeChain('fund-d', 1);
    const v = verifyBundle(
      bundleOf(ledgerOf([...base, makeEvent('fund-d', 1, base[0].hash), makeEvent('fund-d', 1, base[0].hash, '999.00')]), () => true),
    );
    expect(v.failures.map((f) => f.en)).toEqual(['fork: two different events claim fund-d@1']);
  });

  it('a first revision that claims a predecessor breaks the chain; a gap between bundled revisions does not', () => {
    const chain = makeChain('fund-e', 4);
    const orphan = makeEvent('fund-f', 0, 'aa'.repeat(32));
    const v = verifyBundle(bundleOf(ledgerOf([...chain, orphan]), (e) => e.streamRevision !== '1'));
    expect(failed(v)).toEqual(['stream.chain fund-f@0']);
    expect(v.checks.filter((c) => c.id === 'stream.chain' && c.status === 'pass').map((c) => c.subject.split(' ')[1])).toEqual([
      'fund-e@3',
    ]);
  });
});

describe("a finding's bundle: the finding is a proven ledger event and lists exactly the bundled events", () => {
  const failedIds = (b: EvidenceBundle): string[] => failed(verifyBundle(b)).sort();
  const evidenceSubjects = (b: EvidenceBundle) =>
    verifyBundle(b)
      .failures.filter((f) => f.id === 'finding.evidence')
      .map((f) => [f.subject.split(' ')[1] ?? f.subject, f.en]);

  it("changing the finding's amount, fund id or summary makes it INVALID, naming the finding", () => {
    for (const change of [
      (x: EvidenceBundle) => (x.finding!.event.data.details = { fundId: 'fund-a', amount: '80.00', approvalLimit: '500.00' }),
      (x: EvidenceBundle) => (x.finding!.event.data.details = { fundId: 'fund-q', amount: '800.00', approvalLimit: '500.00' }),
      (x: EvidenceBundle) => (x.finding!.event.data.summary = 'Nothing wrong here'),
    ]) {
      const v = verifyBundle(tampered(change));
      expect(v.valid).toBe(false);
      expect(failed(v).sort()).toEqual([`finding.hash ${finding.streamId}@0`, `finding.inclusion ${finding.streamId}@0`]);
      expect(v.en).toMatch(
        /^INVALID: 2 check\(s\) failed \(finding.hash, finding.inclusion\); first: the finding was changed after it was raised/,
      );
      expect(v.th).toMatch(/ข้อสังเกตถูกแก้ไขหลังจากบันทึก/);
    }
  });

  it('a changed finding whose hash field was recomputed is still not the one in the ledger', () => {
    const b = tampered((x) => {
      x.finding!.event.data.summary = 'Nothing wrong here';
      x.finding!.event.hash = eventHashOf(x.finding!.event);
    });
    expect(failedIds(b)).toEqual([`finding.inclusion ${finding.streamId}@0`]);
  });

  it('one evidence event removed: INVALID, naming the event the finding lists', () => {
    const removed = bundle.events[1].event.id;
    const b = tampered((x) => x.events.splice(1, 1));
    expect(failedIds(b)).toEqual([`finding.evidence ${removed}`]);
    expect(evidenceSubjects(b)).toEqual([
      [removed, 'the finding lists this event as evidence, but the bundle does not hold it (evidence removed)'],
    ]);
    expect(verifyBundle(b).th).toMatch(/หลักฐานถูกตัดออก/);
  });

  it("removing the event from the finding's list as well breaks the finding instead", () => {
    const b = tampered((x) => {
      const [gone] = x.events.splice(1, 1);
      x.finding!.event.data.evidenceEventIds = (x.finding!.event.data.evidenceEventIds as string[]).filter((id) => id !== gone.event.id);
    });
    expect(failedIds(b)).toEqual([`finding.hash ${finding.streamId}@0`, `finding.inclusion ${finding.streamId}@0`]);
  });

  it('an event the finding does not list, even one proven in the ledger: INVALID', () => {
    const a4 = ledger.events.findIndex((e) => e.streamId === 'fund-a' && e.streamRevision === '4');
    const extra = { event: ledger.events[a4], leafIndex: a4, auditPath: ledger.tree.inclusionProof(a4).map((h) => h.toString('hex')) };
    const b = tampered((x) => x.events.push(extra));
    expect(verifyBundle(b).checks.filter((c) => c.id === 'event.inclusion' && c.status === 'pass')).toHaveLength(5);
    expect(evidenceSubjects(b)).toEqual([
      ['fund-a@4', 'the bundle holds this event, but the finding does not list it as evidence (evidence added)'],
    ]);
    expect(failedIds(b)).toEqual(['finding.evidence fund-a@4']);
  });

  it('a finding with no evidence events is proven on its own', () => {
    const lone = makeFinding([]);
    const v = verifyBundle(copy(findingBundleOf(ledgerOf([...makeChain('fund-g', 2), lone]), lone)));
    expect(v.failures).toEqual([]);
    expect(v.valid).toBe(true);
    expect(v.en).toMatch(/and its 0 evidence event\(s\)/);
  });

  it('a kongthun.evidence/v1 bundle is refused with a reason in English and Thai', () => {
    const v1 = { ...copy(bundle), format: 'kongthun.evidence/v1', finding: { code: 'red-flag.split-payout', summary: 'x' } };
    const v = verifyBundle(v1);
    expect(v.valid).toBe(false);
    expect(v.failures.map((f) => f.id)).toEqual(['bundle.format']);
    expect(v.failures[0].en).toMatch(/kongthun.evidence\/v1 bundles are no longer accepted/);
    expect(v.failures[0].th).toMatch(/ไม่รับเอกสารรูปแบบ kongthun.evidence\/v1 แล้ว/);
  });

  it('the builder refuses a finding bundle whose events are not exactly the listed ones', () => {
    const inLedger = ledgerOf([...ledger.events.slice(0, 3), makeFinding([ledger.events[0], ledger.events[9]])]);
    expect(() => findingBundleOf({ ...inLedger, events: inLedger.events.slice(0, 4) }, inLedger.events[3])).toThrow(/not the evidence/);
  });
});
