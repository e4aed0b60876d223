import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventHashOf, eventLeafData, LedgerEvent, MerkleTree } from '@kongthun/audit-ledger';
import {
  buildEvidenceBundle,
  generateSigningKeyPem,
  publicKeyBase64,
  publicKeyPem,
  signingKeyFromPem,
  signTreeHead,
} from '@kongthun/audit-evidence';
import { CliRun, kongthunCli, kongthunFromSource } from '@kongthun/testing';

const dir = mkdtempSync(join(tmpdir(), 'kt-cli-'));
const logKey = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const otherKey = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);

/** The CLI in its own process, compiled once for this file; the first case runs it as `npm run kongthun` does. */
const kongthun = (...args: string[]): Promise<CliRun> => kongthunCli(args, dir);

const write = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

// A three-event stream in a ten-event ledger, signed; the bundle holds the stream.
const events: LedgerEvent[] = [];
for (let r = 0; r < 10; r++) {
  const streamId = r < 3 ? 'fund-phuket-talat-yai' : `other-${r}`;
  const revision = r < 3 ? r : 0;
  const unhashed = {
    id: `01900000-0000-7000-8000-00000000000${r}`,
    type: 'welfare.claim.paid',
    schemaVersion: 1,
    streamId,
    streamRevision: String(revision),
    recordedAt: `2025-12-11T03:00:0${r}.000Z`,
    prevHash: revision === 0 ? null : events[r - 1].hash,
    hash: '',
    data: { claimId: `c-10${r}`, amount: '200.00', memo: 'ค่ารักษาพยาบาล' },
    metadata: { actor: { userId: 'u-malee', role: 'treasurer' }, correlationId: `corr-${r}`, causationId: null },
  };
  events.push({ ...unhashed, hash: eventHashOf(unhashed) });
}
// The auditor's finding on that stream, raised into the same ledger as leaf 10.
const findingId = '01900000-0000-8000-8000-0000000000f1';
const raised = {
  id: findingId,
  type: 'audit.finding.raised',
  schemaVersion: 1,
  streamId: `audit-finding-${findingId}`,
  streamRevision: '0',
  recordedAt: '2025-12-11T03:30:00.000Z',
  prevHash: null,
  hash: '',
  data: {
    findingId,
    rule: 'red-flag.split-payout',
    severity: 'high',
    summary: 'One claim paid in three parts under the approval limit',
    summaryTh: 'แบ่งจ่ายสามครั้งเพื่อเลี่ยงวงเงินอนุมัติ',
    streamId: 'fund-phuket-talat-yai',
    evidenceEventIds: events.slice(0, 3).map((e) => e.id),
    details: { fundId: 'phuket-talat-yai', amount: '600.00', approvalLimit: '500.00' },
  },
  metadata: { actor: { userId: 'audit-service', role: 'system' }, correlationId: findingId, causationId: events[0].id },
};
const finding: LedgerEvent = { ...raised, hash: eventHashOf(raised) };
const tree = new MerkleTree();
[...events, finding].forEach((e) => tree.append(eventLeafData(e)));
const head = signTreeHead(
  { origin: 'kongthun.audit', treeSize: 11, rootHash: tree.root().toString('hex'), timestamp: '2025-12-11T04:00:00.000Z' },
  logKey,
);
const bundle = buildEvidenceBundle({
  treeHead: head,
  createdAt: '2025-12-12T00:00:00.000Z',
  finding: { event: finding, leafIndex: 10, auditPath: tree.inclusionProof(10) },
  events: [0, 1, 2].map((i) => ({ event: events[i], leafIndex: i, auditPath: tree.inclusionProof(i) })),
});
const valid = write('valid.json', JSON.stringify(bundle, null, 2));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kongthun verify', () => {
  it('a valid bundle: every check printed, verdict in Thai and English, exit 0', async () => {
    const { code, stdout } = await kongthunFromSource(['verify', valid], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('PASS  event hash / ค่าแฮชของเหตุการณ์');
    expect(stdout.match(/^PASS {2}inclusion in the ledger/gm)).toHaveLength(3);
    expect(stdout.match(/^PASS {2}stream hash chain/gm)).toHaveLength(2);
    expect(stdout).toContain('SKIP  trusted signer');
    expect(stdout.match(/^PASS {2}evidence the finding lists/gm)).toHaveLength(3);
    expect(stdout).toMatch(/^PASS {2}finding hash \/ ค่าแฮชของข้อสังเกต/m);
    expect(stdout).toMatch(/^PASS {2}finding in the ledger .*audit-finding-.*@0\]$/m);
    expect(stdout).toContain('finding / ข้อสังเกต: red-flag.split-payout (high)');
    expect(stdout).toMatch(
      /^verdict: VALID: finding red-flag.split-payout \(01900000-0000-8000-8000-0000000000f1\) as raised, and its 3 evidence event\(s\), unaltered/m,
    );
    expect(stdout).toMatch(/^ผลการตรวจ: ถูกต้อง: ข้อสังเกต red-flag.split-payout .* และหลักฐาน 3 รายการไม่ถูกแก้ไข/m);
  }, 60_000);

  it('with the log key as a PEM file or base64, the signer is trusted; with another key, invalid', async () => {
    const pem = write('log.pub.pem', publicKeyPem(logKey.publicKey));
    const trusted = await kongthun('verify', valid, '--key', pem, '--key', publicKeyBase64(otherKey.publicKey));
    expect(trusted.code).toBe(0);
    expect(trusted.stdout).toContain('by a trusted key');
    const other = await kongthun('verify', valid, `--key=${publicKeyBase64(otherKey.publicKey)}`, '--json');
    expect(other.code).toBe(1);
    expect(
      JSON.parse(other.stdout)
        .checks.filter((c: { status: string }) => c.status === 'fail')
        .map((c: { id: string }) => c.id),
    ).toEqual(['tree-head.trusted-key']);
  }, 60_000);

  it('one changed byte in an event: the event hash and inclusion fail, exit 1', async () => {
    const text = readFileSync(join(dir, valid), 'utf8');
    const at = text.indexOf('"amount": "200.00"', text.indexOf('"claimId": "c-101"'));
    const flipped = write('flipped.json', `${text.slice(0, at + 11)}3${text.slice(at + 12)}`);
    expect(readFileSync(join(dir, flipped)).length).toBe(Buffer.byteLength(text));
    const { code, stdout } = await kongthun('verify', flipped);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}event hash .*fund-phuket-talat-yai@1\]$/m);
    expect(stdout).toMatch(/^FAIL {2}inclusion in the ledger .*fund-phuket-talat-yai@1\]$/m);
    expect(stdout).toMatch(/^verdict: INVALID/m);
    expect(stdout).toMatch(/^ผลการตรวจ: ไม่ถูกต้อง/m);
  }, 60_000);

  it("the finding's amount, fund id and summary edited: the finding fails its hash and inclusion, exit 1", async () => {
    const edited = JSON.parse(readFileSync(join(dir, valid), 'utf8'));
    Object.assign(edited.finding.event.data, { summary: 'Nothing irregular', summaryTh: 'ไม่พบความผิดปกติ' });
    Object.assign(edited.finding.event.data.details, { fundId: 'phuket-wichit', amount: '60.00' });
    const { code, stdout } = await kongthun(
      'verify',
      write('edited-finding.json', JSON.stringify(edited, null, 2)),
      '--key',
      publicKeyBase64(logKey.publicKey),
    );
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}finding hash \/ ค่าแฮชของข้อสังเกต .*audit-finding-.*@0\]$/m);
    expect(stdout).toContain('the finding was changed after it was raised');
    expect(stdout).toContain('ข้อสังเกตถูกแก้ไขหลังจากบันทึก');
    expect(stdout).toMatch(/^FAIL {2}finding in the ledger/m);
    expect(stdout).toMatch(/^verdict: INVALID: 2 check\(s\) failed \(finding.hash, finding.inclusion\); first: the finding was changed/m);
    expect(stdout).toMatch(/^ผลการตรวจ: ไม่ถูกต้อง: .*ข้อสังเกตถูกแก้ไขหลังจากบันทึก/m);
  }, 60_000);

  it('one of the evidence events deleted: the finding lists it, the bundle lacks it, exit 1', async () => {
    const cut = JSON.parse(readFileSync(join(dir, valid), 'utf8'));
    const [gone] = cut.events.splice(1, 1);
    const { code, stdout } = await kongthun(
      'verify',
      write('event-deleted.json', JSON.stringify(cut, null, 2)),
      '--key',
      publicKeyBase64(logKey.publicKey),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(`FAIL  evidence the finding lists / หลักฐานตามที่ข้อสังเกตระบุ  [${gone.event.id}]`);
    expect(stdout).toContain('the finding lists this event as evidence, but the bundle does not hold it (evidence removed)');
    expect(stdout).toContain('หลักฐานถูกตัดออก');
    expect(stdout).toMatch(/^verdict: INVALID: 1 check\(s\) failed \(finding.evidence\)/m);
  }, 60_000);

  it('a bad signature fails the signature check, exit 1', async () => {
    const forged = JSON.parse(JSON.stringify(bundle));
    forged.treeHead.signatures[0].signature = signTreeHead({ ...head, treeSize: 9 }, logKey).signatures[0].signature;
    const { code, stdout } = await kongthun('verify', write('bad-signature.json', JSON.stringify(forged)));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}tree head signature/m);
    expect(stdout).toContain('signature does not match the tree head');
  }, 60_000);

  it('a missing file, no file, an unknown option or an unreadable key is a usage error, exit 2', async () => {
    // Four processes: side by side, and with room for a loaded machine.
    const results = await Promise.all([
      kongthun('verify', 'no-such-file.json'),
      kongthun('verify'),
      kongthun('verify', valid, '--frobnicate'),
      kongthun('verify', valid, '--key', 'not-a-key'),
    ]);
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    expect(results[0].stderr).toContain('cannot read');
    expect(results[0].stderr).toContain('usage: kongthun verify');
    expect(results[0].stdout).toBe('');
  }, 180_000);

  it('a file that is not JSON is invalid evidence, exit 1', async () => {
    const { code, stdout } = await kongthun('verify', write('not.json', 'hello'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}bundle format/m);
  }, 60_000);
});
