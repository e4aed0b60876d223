import { MerkleTree } from '@kongthun/audit-ledger';
import { generateSigningKeyPem, publicKeyPem, signingKeyFromPem, signTreeHead, TreeHead } from '@kongthun/audit-evidence';
import { consistencyRefusal, growthRefusal, logSignatureRefusal, publishedKeyId } from './head-checks';

const logKey = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const otherKey = signingKeyFromPem(generateSigningKeyPem().privateKeyPem);
const tree = new MerkleTree();
const headAt = (treeSize: number): TreeHead => {
  while (tree.size < treeSize) tree.append(Buffer.from(`event ${tree.size}`));
  return {
    origin: 'kongthun.audit',
    treeSize,
    rootHash: tree.root(treeSize).toString('hex'),
    timestamp: `2025-12-11T03:00:${String(treeSize).padStart(2, '0')}.000Z`,
  };
};
const proofBetween = (from: number, to: number) => tree.consistencyProof(from, to).map((hash) => hash.toString('hex'));

describe("the log's signature on the head a witness is asked to co-sign", () => {
  it('a head signed by the published key passes', () => {
    expect(logSignatureRefusal(signTreeHead(headAt(5), logKey), logKey.keyId)).toBeUndefined();
  });

  it('a head signed by another key is refused', () => {
    expect(logSignatureRefusal(signTreeHead(headAt(5), otherKey), logKey.keyId)?.en).toContain('no signature by the log');
  });

  it('a signature over another head is refused', () => {
    const head = signTreeHead(headAt(5), logKey);
    expect(logSignatureRefusal({ ...head, treeSize: 4 }, logKey.keyId)?.en).toContain('does not verify');
  });

  it('a published key whose id is not its own is refused', () => {
    expect(publishedKeyId({ keyId: logKey.keyId, publicKeyPem: publicKeyPem(logKey.publicKey) })).toBe(logKey.keyId);
    expect(publishedKeyId({ keyId: otherKey.keyId, publicKeyPem: publicKeyPem(logKey.publicKey) })).toMatchObject({
      en: expect.stringContaining('is not the id'),
    });
  });
});

describe('a new head against the last head the witness co-signed', () => {
  it('a proven extension passes, for every old size up to the new one', () => {
    const head = headAt(13);
    for (let from = 1; from <= 13; from++) expect(consistencyRefusal(headAt(from), head, proofBetween(from, 13))).toBeUndefined();
  });

  it('a remembered root that is not a prefix of the new tree is refused', () => {
    const last = { ...headAt(6), rootHash: headAt(7).rootHash };
    expect(consistencyRefusal(last, headAt(13), proofBetween(6, 13))).toMatchObject({
      en: expect.stringContaining('is not a prefix'),
      th: expect.stringContaining('ประวัติถูกเขียนใหม่'),
    });
  });

  it('a proof that does not lead to the new root is refused', () => {
    expect(consistencyRefusal(headAt(6), { ...headAt(13), rootHash: headAt(12).rootHash }, proofBetween(6, 13))).toBeDefined();
  });

  it('a smaller head or another ledger is refused before any proof is asked for', () => {
    expect(growthRefusal(headAt(8), headAt(7))?.en).toContain('shrank from 8 to 7');
    expect(growthRefusal(headAt(7), { ...headAt(8), origin: 'kongthun.audit/other' })?.en).toContain('this witness follows kongthun.audit');
    expect(growthRefusal(headAt(7), headAt(7))).toBeUndefined();
  });
});
