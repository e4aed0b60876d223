import { generateSigningKeyPem, signingKeyFromPem } from '@kongthun/audit-evidence';
import { AuditLedgerStore } from '../audit-ledger-store';
import { LedgerEngine, uniqueSchema } from './ledger-engine';
import { interleaved } from './ledger-test-events';

/** A full recomputation of the stored ledger passes, and finds what a DBA changed behind the triggers. */
export const verificationContract = (engine: LedgerEngine): void => {
  const schema = uniqueSchema('verify');
  let store: AuditLedgerStore;
  // What someone with database rights could do: switch the append-only triggers off, edit, switch back.
  const behindTheTriggers = async (table: string, statement: string) => {
    await engine.raw(`ALTER TABLE ${schema}.${table} DISABLE TRIGGER USER`);
    await engine.raw(statement);
    await engine.raw(`ALTER TABLE ${schema}.${table} ENABLE TRIGGER USER`);
  };

  beforeAll(async () => {
    store = await engine.open({ schema });
    await store.appendMany(interleaved(3, 11, 'verify'));
    await store.signTreeHead(signingKeyFromPem(generateSigningKeyPem().privateKeyPem));
    await store.appendMany(interleaved(1, 7, 'verify-late'));
  });
  afterAll(() => store?.close());

  it('an untouched ledger recomputes to its stored root and its signed head', async () => {
    const result = await store.verify();
    expect(result).toMatchObject({ ok: true, treeSize: 40, problems: [], headsChecked: 1 });
    expect(result.rootHash).toBe((await store.rootHash()).rootHash);
  });

  it('an edited envelope is found at its leaf, and breaks the signed head and the stored root', async () => {
    await behindTheTriggers(
      'leaves',
      `UPDATE ${schema}.leaves SET envelope = replace(envelope, '"amount":"5.50"', '"amount":"5000.50"') WHERE leaf_index = 15`,
    );
    const result = await store.verify();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { leafIndex: 15, problem: 'event-hash-mismatch' },
      { leafIndex: 15, problem: 'leaf-hash-mismatch' },
      { treeSize: 33, problem: 'head-root-mismatch' },
      { treeSize: 40, problem: 'stored-root-mismatch' },
    ]);
  });

  it('a replaced leaf hash is found at its leaf', async () => {
    await behindTheTriggers('subtrees', `UPDATE ${schema}.subtrees SET hash = sha256(hash) WHERE level = 0 AND node_index = 3`);
    const problems = (await store.verify()).problems;
    expect(problems).toContainEqual({ leafIndex: 3, problem: 'leaf-hash-mismatch' });
  });

  it('a deleted leaf is reported where the gap starts', async () => {
    await behindTheTriggers('leaves', `DELETE FROM ${schema}.leaves WHERE leaf_index = 20`);
    const result = await store.verify();
    expect(result.ok).toBe(false);
    expect(result.problems.at(-1)).toEqual({ leafIndex: 20, problem: 'missing-leaf' });
  });
};
