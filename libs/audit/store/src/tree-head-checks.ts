import { HeadSignature, SignedTreeHead, TreeHead, headSignatureProblem, treeHeadProblems } from '@kongthun/audit-evidence';
import { AuditStoreError } from './audit-store-error';

/** A signature the store will keep: it must verify, so a stored head never carries a bad one. */
export function checkSignature(head: TreeHead, signature: HeadSignature): void {
  const problem = headSignatureProblem(head, signature);
  if (problem !== undefined)
    throw new AuditStoreError('audit.invalid-signature', `Signature by key ${signature.keyId} refused: ${problem}`, {
      keyId: String(signature.keyId),
      problem,
    });
}

/** A head the store will keep: well-formed, of this ledger (origin and root at its size), with only valid signatures. */
export function checkHead(sth: SignedTreeHead, origin: string, rootAtItsSize: string): void {
  const problems = treeHeadProblems(sth);
  if (problems.length > 0) throw new AuditStoreError('audit.malformed-tree-head', problems.join('; '));
  if (sth.origin !== origin)
    throw new AuditStoreError('audit.foreign-tree-head', `Tree head of ${sth.origin}, this ledger is ${origin}`, { origin: sth.origin });
  if (sth.rootHash !== rootAtItsSize)
    throw new AuditStoreError('audit.tree-head-mismatch', `Tree head root differs from this ledger's root at size ${sth.treeSize}`, {
      treeSize: String(sth.treeSize),
    });
  if (sth.signatures.length === 0) throw new AuditStoreError('audit.unsigned-tree-head', 'A tree head needs at least one signature');
  for (const s of sth.signatures) checkSignature(sth, s);
}
