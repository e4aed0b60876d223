import { z } from 'zod/v4';

/**
 * What the audit routes answer, as the client is typed from. Nested records the ledger keeps as it
 * received them (event data, proofs' inner parts) stay open objects: their shape is the events' own.
 */
const instant = z.string().describe('UTC ISO-8601 with milliseconds');
const hex = z.string().regex(/^[0-9a-f]+$/);
const open = z.looseObject({});

export const headSignature = z.object({
  signer: z.string(),
  name: z.string().optional(),
  keyId: z.string(),
  publicKey: z.string().describe('Base64 SPKI DER'),
  signature: z.string().describe('Base64 Ed25519 signature'),
});
export const signedTreeHeadAnswer = z.object({
  origin: z.string(),
  treeSize: z.number().int(),
  rootHash: hex,
  timestamp: instant,
  signatures: z.array(headSignature),
});
export const signedTreeHeadExample: z.output<typeof signedTreeHeadAnswer> = {
  origin: 'kongthun.audit',
  treeSize: 42,
  rootHash: '9f2c1d6e8b0a4c3f5e7d9b1a2c4e6f8091a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0',
  timestamp: '2025-12-11T03:00:00.000Z',
  signatures: [{ signer: 'log', keyId: 'a1b2c3d4e5f60718', publicKey: 'MCowBQYDK2VwAyEA…', signature: 'q83v…' }],
};

export const signingKeyAnswer = z.object({
  algorithm: z.literal('Ed25519'),
  keyId: z.string(),
  publicKeyBase64: z.string(),
  publicKeyPem: z.string(),
});
export const signingKeyExample: z.output<typeof signingKeyAnswer> = {
  algorithm: 'Ed25519',
  keyId: 'a1b2c3d4e5f60718',
  publicKeyBase64: 'MCowBQYDK2VwAyEA…',
  publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n',
};

const finding = {
  findingId: z.string(),
  rule: z.string(),
  severity: z.string(),
  summary: z.string(),
  summaryTh: z.string(),
  streamId: z.string().nullable(),
  evidenceEventIds: z.array(z.string()),
  areaCode: z.string().nullable().optional(),
  details: z.record(z.string(), z.unknown()),
  raisedAt: instant,
  raisedByEventId: z.string(),
};
const findingExample = {
  findingId: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f71',
  rule: 'payout-without-approvals',
  severity: 'high',
  summary: 'A payout was made without two approvals',
  summaryTh: 'มีการจ่ายเงินโดยไม่มีการอนุมัติครบสองคน',
  streamId: 'welfare-fund-phuket-talat-yai',
  evidenceEventIds: ['0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f70'],
  areaCode: '830101',
  details: { payoutId: 'p-100' },
  raisedAt: '2025-12-11T03:00:00.000Z',
  raisedByEventId: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f71',
};
export const findingsPageAnswer = z.object({
  findings: z.array(z.object({ ...finding, caseStatus: z.string().describe('NotOpened, Open, Investigating or Closed') })),
  nextCursor: z.string().nullable(),
});
export const findingsPageExample: z.output<typeof findingsPageAnswer> = {
  findings: [{ ...findingExample, caseStatus: 'NotOpened' }],
  nextCursor: null,
};

export const caseAnswer = z.looseObject({
  status: z.enum(['NotOpened', 'Open', 'Investigating', 'Closed']),
  caseId: z.string().optional(),
});
export const caseExample: z.output<typeof caseAnswer> = {
  status: 'Open',
  caseId: findingExample.findingId,
  findingId: findingExample.findingId,
  rule: 'payout-without-approvals',
  severity: 'high',
  evidenceEventIds: findingExample.evidenceEventIds,
  openedBy: 'auditor-phuket',
  openedAt: '2025-12-11T04:00:00.000Z',
  noteIds: [],
};

const evidenceEntry = z.looseObject({ event: open, leafIndex: z.number().int(), auditPath: z.array(hex).optional() });
export const evidenceBundleAnswer = z.object({
  format: z.string(),
  createdAt: instant,
  treeHead: signedTreeHeadAnswer,
  finding: evidenceEntry.optional(),
  events: z.array(evidenceEntry),
});
export const evidenceBundleExample: z.output<typeof evidenceBundleAnswer> = {
  format: 'kongthun.evidence/v2',
  createdAt: '2025-12-11T05:00:00.000Z',
  treeHead: signedTreeHeadExample,
  events: [{ event: { id: findingExample.evidenceEventIds[0], type: 'welfare.payout.made' }, leafIndex: 17, auditPath: ['ab12', 'cd34'] }],
};

export const findingAnswer = z.object({ ...finding, case: caseAnswer, evidence: z.array(open) });
export const findingExampleAnswer: z.output<typeof findingAnswer> = {
  ...findingExample,
  case: { status: 'NotOpened' },
  evidence: [{ eventId: findingExample.evidenceEventIds[0], leafIndex: 17 }],
};

export const checkRunAnswer = z.object({
  redFlagsRaised: z.number().int(),
  moneyMessagesScanned: z.number().int(),
  chain: open,
  chainFindingsRaised: z.number().int(),
});
export const checkRunExample: z.output<typeof checkRunAnswer> = {
  redFlagsRaised: 1,
  moneyMessagesScanned: 120,
  chain: { streamsChecked: 3, breaks: [] },
  chainFindingsRaised: 0,
};

export const inclusionProofAnswer = z.looseObject({
  leafIndex: z.number().int(),
  treeSize: z.number().int(),
  rootHash: hex,
  auditPath: z.array(hex),
  entry: open,
  treeHead: signedTreeHeadAnswer,
});
export const inclusionProofExample: z.output<typeof inclusionProofAnswer> = {
  leafIndex: 17,
  treeSize: 42,
  rootHash: '9f2c1d6e8b0a4c3f5e7d9b1a2c4e6f8091a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0',
  auditPath: ['ab12', 'cd34'],
  entry: { event: { id: findingExample.evidenceEventIds[0] } },
  treeHead: signedTreeHeadExample,
};

export const consistencyProofAnswer = z.object({
  oldSize: z.number().int(),
  newSize: z.number().int(),
  oldRootHash: hex,
  newRootHash: hex,
  proof: z.array(hex),
});
export const consistencyProofExample: z.output<typeof consistencyProofAnswer> = {
  oldSize: 10,
  newSize: 42,
  oldRootHash: 'ab12',
  newRootHash: signedTreeHeadExample.rootHash,
  proof: ['cd34', 'ef56'],
};

export const verificationAnswer = z.looseObject({ ok: z.boolean() });
export const verificationExample: z.output<typeof verificationAnswer> = { ok: true, treeSize: 42, problems: [] };

export const timelineAnswer = z.array(
  z.object({
    streamRevision: z.string(),
    globalPosition: z.string(),
    eventId: z.string(),
    type: z.string(),
    recordedAt: instant,
    actor: z.unknown(),
    data: z.unknown(),
    hash: z.string().optional(),
    prevHash: z.string().nullable().optional(),
  }),
);
export const timelineExample: z.output<typeof timelineAnswer> = [
  {
    streamRevision: '0',
    globalPosition: '101',
    eventId: '0193a2b4-7c1e-7c3a-9f10-2b3c4d5e6f60',
    type: 'welfare.fund.registered',
    recordedAt: '2025-01-05T02:00:00.000Z',
    actor: { userId: 'admin', role: 'admin' },
    data: { fundId: 'phuket-talat-yai' },
    hash: 'ab12',
    prevHash: null,
  },
];

export const replayAnswer = z.looseObject({ programme: z.string(), unitId: z.string(), cut: open, upTo: open.nullable() });
export const replayExample: z.output<typeof replayAnswer> = {
  programme: 'welfare',
  unitId: 'phuket-talat-yai',
  cut: {},
  upTo: { seq: 120, recordedAt: '2025-12-11T03:00:00.000Z', occurredOn: '2025-12-11' },
  balance: '2460.00',
};

export const witnessAnswer = z.object({
  keyId: z.string(),
  name: z.string(),
  publicKey: z.string(),
  publicKeyPem: z.string(),
  registeredAt: instant,
  registeredBy: z.string(),
  revokedAt: instant.nullable(),
  revokedBy: z.string().nullable(),
  revocationReason: z.string().nullable(),
});
export const witnessExample: z.output<typeof witnessAnswer> = {
  keyId: 'b2c3d4e5f6071829',
  name: 'สำนักงานตรวจเงินแผ่นดินภูเก็ต',
  publicKey: 'MCowBQYDK2VwAyEA…',
  publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----\n',
  registeredAt: '2025-12-01T03:00:00.000Z',
  registeredBy: 'admin',
  revokedAt: null,
  revokedBy: null,
  revocationReason: null,
};
