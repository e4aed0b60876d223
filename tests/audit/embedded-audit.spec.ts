import { eventLeafHash, verifyConsistency, verifyInclusion } from '@kongthun/audit-ledger';
import {
  cosignTreeHead,
  generateSigningKeyPem,
  publicKeyBase64,
  publicKeyPem,
  signingKeyFromPem,
  verifyBundle,
} from '@kongthun/audit-evidence';
import request from 'supertest';
import { FUNDS, paidSicknessClaim, startEmbeddedWithAudit } from './embedded-audit-fixture';
import { fundEvents } from '../support/fund-log';

const hex = (text: string) => Buffer.from(text, 'hex');

/**
 * The audit service in the embedded host: the ledger fed from the bus, a double payment across two
 * funds raised as a finding, a case worked to its end, and evidence that verifies offline.
 */
describe('audit service, embedded', () => {
  let host: Awaited<ReturnType<typeof startEmbeddedWithAudit>>;
  beforeAll(async () => {
    host = await startEmbeddedWithAudit();
    // The same person (one citizen ID) paid by two funds for the same night in hospital.
    for (const fundId of FUNDS)
      await paidSicknessClaim(host.post, fundId, 7, {
        claimId: 'c-1',
        eventDate: '2024-09-10',
        nights: 3,
        amount: '300.00',
        words: 'สามร้อยบาทถ้วน',
      });
    await host.ledgerCaughtUp();
  }, 180_000);
  afterAll(() => host?.close());

  it('the ledger holds every stored event, and a signed head proves each one in it', async () => {
    const size = await host.ledgerCaughtUp();
    const head = (await host.post('/api/audit/tree-heads', 'auditor').expect(201)).body;
    expect(head).toMatchObject({ treeSize: size, signatures: [expect.objectContaining({ signer: 'log' })] });
    const [payout] = (await fundEvents(host.store, 'rassada')).filter((event) => event.type === 'welfare.payout.made');
    const proof = (await host.get(`/api/audit/proofs/inclusion/${payout.id}`, 'auditor').expect(200)).body;
    expect(proof.treeHead.rootHash).toBe(head.rootHash);
    expect(
      verifyInclusion(eventLeafHash(proof.entry.event), proof.leafIndex, proof.treeSize, proof.auditPath.map(hex), hex(head.rootHash)),
    ).toBe(true);
    const consistency = (await host.get(`/api/audit/proofs/consistency?from=3&to=${size}`, 'auditor').expect(200)).body;
    expect(verifyConsistency(3, size, hex(consistency.oldRootHash), hex(consistency.newRootHash), consistency.proof.map(hex))).toBe(true);
    expect((await host.get('/api/audit/verification', 'auditor').expect(200)).body).toMatchObject({ ok: true });
  });

  it('a double payment across funds is raised as a finding naming its evidence', async () => {
    const run = (await host.post('/api/audit/checks', 'auditor').expect(201)).body;
    expect(run).toMatchObject({
      redFlagsRaised: 1,
      chain: { problems: [], sourcesCompared: ['welfare', 'grants', 'relief'] },
      chainFindingsRaised: 0,
    });
    expect((await host.post('/api/audit/checks', 'auditor').expect(201)).body).toMatchObject({ redFlagsRaised: 0 });
    const { findings, nextCursor } = (await host.get('/api/audit/findings', 'auditor').expect(200)).body;
    expect(findings).toEqual([expect.objectContaining({ rule: 'red-flag.duplicate-payment', severity: 'high', caseStatus: 'NotOpened' })]);
    expect(nextCursor).toBeNull();
    expect((await host.get('/api/audit/findings?limit=0', 'auditor').expect(400)).body).toMatchObject({
      code: 'request.invalid-limit',
      messageTh: expect.any(String),
    });
    expect((await host.get('/api/audit/findings?cursor=abc', 'auditor').expect(400)).body).toMatchObject({
      code: 'request.invalid-cursor',
      messageTh: expect.any(String),
    });
    expect((await host.get(`/api/audit/findings?limit=1&cursor=1`, 'auditor').expect(200)).body).toEqual({
      findings: [],
      nextCursor: null,
    });
    const payouts = (await Promise.all(FUNDS.map((fundId) => fundEvents(host.store, fundId))))
      .flat()
      .filter((event) => event.type === 'welfare.payout.made');
    expect(findings[0].evidenceEventIds).toEqual(expect.arrayContaining(payouts.map((event) => event.id)));
  });

  it('its evidence bundle verifies offline, and one changed byte does not', async () => {
    const [finding] = (await host.get('/api/audit/findings', 'auditor')).body.findings;
    const bundle = (await host.get(`/api/audit/findings/${finding.findingId}/evidence`, 'auditor').expect(200)).body;
    const published = (await request(host.app.getHttpServer()).get('/api/audit/signing-key').expect(200)).body;
    expect(published.publicKeyBase64).toBe(publicKeyBase64(host.audit.module.signingKey.publicKey));
    expect(bundle.treeHead.signatures[0].keyId).toBe(published.keyId);
    const verdict = verifyBundle(bundle, { trustedKeys: [published.publicKeyPem] });
    expect(verdict.failures).toEqual([]);
    expect(verdict.valid).toBe(true);
    const tampered = JSON.parse(JSON.stringify(bundle).replace('"300.00"', '"900.00"'));
    expect(verifyBundle(tampered).valid).toBe(false);
  });

  it('a case on the finding goes open → investigating → closed, by auditors only', async () => {
    const [finding] = (await host.get('/api/audit/findings', 'auditor')).body.findings;
    const refused = await host.post(`/api/audit/findings/${finding.findingId}/case`, 'treasurer').expect(403);
    expect(refused.body).toMatchObject({ code: 'auth.forbidden', messageTh: expect.any(String) });
    expect((await host.post(`/api/audit/findings/${finding.findingId}/case`, 'auditor').expect(201)).body).toMatchObject({
      status: 'Open',
    });
    expect((await host.post(`/api/audit/cases/${finding.findingId}/investigation`, 'auditor').expect(201)).body).toMatchObject({
      status: 'Investigating',
      investigatorId: 'auditor-national',
    });
    await host.post(`/api/audit/cases/${finding.findingId}/closure`, 'auditor', { resolution: 'referred', reason: '' }).expect(400);
    const closed = await host
      .post(`/api/audit/cases/${finding.findingId}/closure`, 'auditor', {
        resolution: 'referred',
        referredTo: 'PACC',
        reason: 'จ่ายซ้ำสองกองทุน ส่ง ปปท.',
      })
      .expect(201);
    expect(closed.body).toMatchObject({ status: 'Closed', resolution: 'referred', referredTo: 'PACC' });
    const again = await host.post(`/api/audit/cases/${finding.findingId}/investigation`, 'auditor');
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.body).toMatchObject({ code: expect.stringMatching(/^case\./), messageTh: expect.any(String) });
    expect((await host.get('/api/audit/findings', 'auditor')).body.findings[0].caseStatus).toBe('Closed');
  });

  it('the timeline shows who did what; replay refuses a bad cut and an unknown fund', async () => {
    // A payout is on the books of the fiscal year it was recorded in.
    const [payout] = (await fundEvents(host.store, 'rassada')).filter((event) => event.type === 'welfare.payout.made');
    const timeline = (await host.get(`/api/audit/streams/${payout.streamId}/timeline`, 'auditor').expect(200)).body;
    expect(timeline.map((entry: { type: string }) => entry.type)).toContain('welfare.payout.made');
    // A fund's books come from welfare's money-contract messages (tests/audit/scoped-audit.spec.ts replays a unit's).
    expect((await host.get('/api/audit/funds/rassada/replay?at=yesterday', 'auditor').expect(400)).body).toMatchObject({
      code: 'request.invalid-time',
    });
    expect((await host.get('/api/audit/funds/nowhere/replay', 'auditor').expect(404)).body).toMatchObject({ code: 'audit.fund.not-found' });
  });

  it('only a witness an administrator registered co-signs; a forged or revoked one is refused in Thai and English', async () => {
    const head = (await host.get('/api/audit/tree-heads/latest', 'finance').expect(200)).body;
    const { signatures: _signatures, ...unsigned } = head;
    const witness = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
    const signature = cosignTreeHead(unsigned, witness, 'สำนักงานการตรวจเงินแผ่นดินจังหวัดภูเก็ต');
    const unregistered = await host.post('/api/audit/tree-heads/cosignatures', 'finance', { treeHead: unsigned, signature }).expect(422);
    expect(unregistered.body).toMatchObject({
      code: 'audit.witness.not-registered',
      message: expect.stringContaining(witness.keyId),
      messageTh: expect.stringContaining('ไม่ได้ขึ้นทะเบียน'),
    });

    const registration = { name: 'สำนักงานการตรวจเงินแผ่นดินจังหวัดภูเก็ต', publicKeyPem: publicKeyPem(witness.publicKey) };
    expect((await host.post('/api/audit/witnesses', 'auditor', registration).expect(403)).body).toMatchObject({ code: 'auth.forbidden' });
    expect((await host.post('/api/audit/witnesses', 'admin', registration).expect(201)).body).toMatchObject({
      keyId: witness.keyId,
      name: registration.name,
      registeredBy: 'admin',
      revokedAt: null,
    });
    expect((await host.post('/api/audit/witnesses', 'admin', registration).expect(409)).body).toMatchObject({
      code: 'audit.witness.already-registered',
      messageTh: expect.any(String),
    });

    const cosigned = (await host.post('/api/audit/tree-heads/cosignatures', 'finance', { treeHead: unsigned, signature }).expect(201)).body;
    expect(cosigned.signatures.map((s: { signer: string; keyId: string }) => [s.signer, s.keyId])).toEqual([
      ['log', head.signatures[0].keyId],
      ['witness', witness.keyId],
    ]);
    const forged = await host.post('/api/audit/tree-heads/cosignatures', 'finance', {
      treeHead: unsigned,
      signature: { ...signature, signature: cosignTreeHead({ ...unsigned, treeSize: 1 }, witness).signature },
    });
    expect(forged.status).toBe(422);
    expect(forged.body).toMatchObject({ code: 'audit.invalid-signature', messageTh: expect.any(String) });

    await host.post(`/api/audit/witnesses/${witness.keyId}/revocation`, 'finance', { reason: 'x' }).expect(403);
    const revoked = (
      await host.post(`/api/audit/witnesses/${witness.keyId}/revocation`, 'admin', { reason: 'กุญแจรั่วไหล (key leaked)' }).expect(201)
    ).body;
    expect(revoked).toMatchObject({ keyId: witness.keyId, revokedBy: 'admin', revocationReason: 'กุญแจรั่วไหล (key leaked)' });
    const after = await host.post('/api/audit/tree-heads/cosignatures', 'finance', { treeHead: unsigned, signature }).expect(422);
    expect(after.body).toMatchObject({ code: 'audit.witness.revoked', messageTh: expect.stringContaining('เพิกถอน') });
    expect((await host.post('/api/audit/witnesses/ab/revocation', 'admin', { reason: 'x' }).expect(404)).body).toMatchObject({
      code: 'audit.witness.not-found',
    });
    const listed = (await host.get('/api/audit/witnesses', 'finance').expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ keyId: witness.keyId, revokedAt: expect.any(String) })]);
  });

  it('an unknown event has no proof: 404 with a Thai message', async () => {
    const response = await host.get('/api/audit/proofs/inclusion/0190a1b2-0000-7000-8000-000000000000', 'auditor').expect(404);
    expect(response.body).toMatchObject({ code: 'audit.event.not-found', messageTh: expect.any(String) });
  });
});
