// Signed tree heads, evidence bundles and their offline verifier: pure, node:crypto only.
export { TREE_HEAD_FORMAT, headOf, treeHeadBytes, treeHeadProblems } from './tree-head';
export type { TreeHead } from './tree-head';
export { generateSigningKeyPem, keyIdOf, parsePublicKey, publicKeyBase64, publicKeyPem, signingKeyFromPem } from './signing-key';
export type { SigningKey } from './signing-key';
export { cosignTreeHead, headSignatureProblem, signTreeHead, signatureOver, verifyHeadSignature, withSignature } from './head-signature';
export type { HeadSignature, SignedTreeHead, SignerRole } from './head-signature';
export { EVIDENCE_FORMAT, RETIRED_EVIDENCE_FORMATS, buildEvidenceBundle } from './evidence-bundle';
export type { BundleInput, EvidenceBundle, EvidenceEntry } from './evidence-bundle';
export { FINDING_RAISED, findingOf } from './finding-event';
export type { FindingData } from './finding-event';
export { parseBundle } from './bundle-shape';
export { CHECK_LABELS } from './check';
export type { Check, CheckId, CheckStatus } from './check';
export { trustedKeyIds } from './signature-checks';
export { verifyBundle } from './verify-bundle';
export type { Verdict, VerifyOptions } from './verify-bundle';
