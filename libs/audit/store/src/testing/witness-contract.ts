import {
  cosignTreeHead,
  generateSigningKeyPem,
  publicKeyBase64,
  publicKeyPem,
  signingKeyFromPem,
  signTreeHead,
} from '@kongthun/audit-evidence';
import { AuditLedgerStore } from '../audit-ledger-store';
import { AuditStoreError } from '../audit-store-error';
import { IMMUTABLE_LEDGER_SQLSTATE } from '../ledger-schema';
import { LedgerEngine, uniqueSchema } from './ledger-engine';
import { interleaved } from './ledger-test-events';

const newKey = () => signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const code = (attempt: Promise<unknown>): Promise<string> =>
  attempt.then(
    () => 'accepted',
    (e: AuditStoreError) => e.code,
  );

/** Only keys an administrator registered, and has not revoked, may co-sign; the register only grows. */
export const witnessContract = (engine: LedgerEngine): void => {
  const logKey = newKey();
  const sao = newKey();
  const codi = newKey();
  const schema = uniqueSchema('witness');
  let store: AuditLedgerStore;
  let clock = Date.parse('2025-12-11T03:00:00.000Z');

  beforeAll(async () => {
    store = await engine.open({ schema, now: () => new Date((clock += 1000)) });
    await store.appendMany(interleaved(2, 3, 'witness'));
    await store.signTreeHead(logKey);
  });
  afterAll(() => store?.close());

  const witnessKeys = async () =>
    ((await store.latestTreeHead())?.signatures ?? []).filter((s) => s.signer === 'witness').map((s) => s.keyId);

  it('a co-signature by a key nobody registered is refused and nothing is stored', async () => {
    const head = (await store.latestTreeHead())!;
    expect(await code(store.addCosignature(head, cosignTreeHead(head, sao, 'สตง. ภูเก็ต')))).toBe('audit.witness.not-registered');
    expect(await witnessKeys()).toEqual([]);
  });

  it('a registered key co-signs, under the name the register gives it, not the one it claims', async () => {
    const registered = await store.registerWitness({
      name: 'สำนักงานการตรวจเงินแผ่นดินจังหวัดภูเก็ต',
      publicKey: publicKeyPem(sao.publicKey),
      actor: 'admin-1',
    });
    expect(registered).toMatchObject({
      keyId: sao.keyId,
      publicKey: publicKeyBase64(sao.publicKey),
      registeredBy: 'admin-1',
      registeredAt: expect.any(String),
      revokedAt: null,
    });
    const head = (await store.latestTreeHead())!;
    const cosigned = await store.addCosignature(head, cosignTreeHead(head, sao, 'CODI'));
    expect(cosigned.signatures.map((s) => [s.signer, s.keyId, s.name])).toEqual([
      ['log', logKey.keyId, undefined],
      ['witness', sao.keyId, 'สำนักงานการตรวจเงินแผ่นดินจังหวัดภูเก็ต'],
    ]);
  });

  it('a registered key with a bad signature is still refused', async () => {
    const head = (await store.latestTreeHead())!;
    const forged = { ...cosignTreeHead(head, sao), signature: cosignTreeHead({ ...head, treeSize: 1 }, sao).signature };
    expect(await code(store.addCosignature(head, forged))).toBe('audit.invalid-signature');
  });

  it('registering a key twice, or a key that is not Ed25519, is refused', async () => {
    expect(await code(store.registerWitness({ name: 'again', publicKey: publicKeyBase64(sao.publicKey), actor: 'admin-2' }))).toBe(
      'audit.witness.already-registered',
    );
    expect(await code(store.registerWitness({ name: 'bad', publicKey: 'not-a-key', actor: 'admin-2' }))).toBe('audit.witness.invalid-key');
    expect(await code(store.registerWitness({ name: '  ', publicKey: publicKeyPem(codi.publicKey), actor: 'admin-2' }))).toBe(
      'audit.witness.invalid-name',
    );
  });

  it('after revocation the key co-signs nothing more; what it signed before stays; it cannot come back', async () => {
    await store.registerWitness({ name: 'CODI', publicKey: publicKeyPem(codi.publicKey), actor: 'admin-1' });
    const first = (await store.latestTreeHead())!;
    await store.addCosignature(first, cosignTreeHead(first, codi));
    const revoked = await store.revokeWitness({ keyId: codi.keyId, reason: 'กุญแจสูญหาย (key lost)', actor: 'admin-2' });
    expect(revoked).toMatchObject({
      keyId: codi.keyId,
      revokedBy: 'admin-2',
      revocationReason: 'กุญแจสูญหาย (key lost)',
      revokedAt: expect.any(String),
    });
    await store.appendMany(interleaved(1, 1, 'witness-later'));
    const second = await store.signTreeHead(logKey);
    expect(await code(store.addCosignature(second, cosignTreeHead(second, codi)))).toBe('audit.witness.revoked');
    expect(await code(store.saveTreeHead({ ...second, signatures: [...second.signatures, cosignTreeHead(second, codi)] }))).toBe(
      'audit.witness.revoked',
    );
    expect((await store.treeHead({ head: first }))!.signatures.map((s) => s.keyId)).toContain(codi.keyId);
    expect(await code(store.revokeWitness({ keyId: codi.keyId, reason: 'again', actor: 'admin-2' }))).toBe('audit.witness.already-revoked');
    expect(await code(store.registerWitness({ name: 'CODI', publicKey: publicKeyPem(codi.publicKey), actor: 'admin-1' }))).toBe(
      'audit.witness.already-revoked',
    );
    expect(await code(store.revokeWitness({ keyId: 'ab'.repeat(32), reason: 'unknown', actor: 'admin-2' }))).toBe(
      'audit.witness.not-found',
    );
  });

  it('a head saved with a witness signature needs that witness registered too', async () => {
    const head = (await store.latestTreeHead())!;
    const stranger = newKey();
    const withStranger = { ...signTreeHead({ ...head, timestamp: '2025-12-11T05:00:00.000Z' }, logKey) };
    withStranger.signatures.push(cosignTreeHead(withStranger, stranger));
    expect(await code(store.saveTreeHead(withStranger))).toBe('audit.witness.not-registered');
    expect(await store.treeHead({ head: withStranger })).toBeUndefined();
  });

  it('the register lists every witness with its revocation, and refuses to be edited', async () => {
    expect((await store.witnesses()).map((w) => [w.keyId, w.revokedAt === null])).toEqual([
      [sao.keyId, true],
      [codi.keyId, false],
    ]);
    for (const statement of [
      `UPDATE ${schema}.witness_changes SET name = 'someone else'`,
      `DELETE FROM ${schema}.witness_changes WHERE change = 'revoked'`,
      `TRUNCATE ${schema}.witness_changes`,
    ]) {
      const error = await engine.raw(statement).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as { code?: string }).code).toBe(IMMUTABLE_LEDGER_SQLSTATE);
    }
  });
};
