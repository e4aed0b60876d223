import { z } from 'zod';
import { EVIDENCE_FORMAT, EvidenceBundle } from './evidence-bundle';
import { treeHeadProblems } from './tree-head';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits');
const jsonObject = z.record(z.unknown());

// Strict: a field the event hash does not cover could tell a reader anything unchallenged,
// so an envelope may hold only the hashed fields plus the source's global position.
const event = z
  .object({
    id: z.string().min(1),
    type: z.string().min(1),
    schemaVersion: z.number().int(),
    streamId: z.string().min(1),
    streamRevision: z.string().regex(/^(0|[1-9]\d*)$/, 'must be a decimal revision'),
    globalPosition: z.string().optional(),
    recordedAt: z.string(),
    prevHash: z.string().nullable(),
    hash: z.string(),
    data: jsonObject,
    metadata: jsonObject,
  })
  .strict();

const signature = z
  .object({
    signer: z.enum(['log', 'witness']),
    name: z.string().optional(),
    keyId: hex64,
    publicKey: z.string().min(1),
    signature: z.string().min(1),
  })
  .strict();

const bundle = z
  .object({
    format: z.literal(EVIDENCE_FORMAT),
    createdAt: z.string(),
    treeHead: z
      .object({ origin: z.string(), treeSize: z.number(), rootHash: z.string(), timestamp: z.string(), signatures: z.array(signature) })
      .strict(),
    events: z.array(z.object({ leafIndex: z.number().int().nonnegative(), auditPath: z.array(hex64), event }).strict()).min(1, 'a bundle proves at least one event'),
    finding: z.object({ code: z.string(), summary: z.string(), summaryTh: z.string().optional(), details: jsonObject.optional() }).strict().optional(),
  })
  .strict();

/** The bundle if `input` is a well-formed `kongthun.evidence/v1` document, else what is wrong with it. */
export function parseBundle(input: unknown): { bundle: EvidenceBundle; problems: [] } | { bundle?: undefined; problems: string[] } {
  const parsed = bundle.safeParse(input);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`) };
  }
  const headProblems = treeHeadProblems(parsed.data.treeHead).map((p) => `treeHead: ${p}`);
  if (headProblems.length > 0) return { problems: headProblems };
  // The original, not zod's copy: hashes must be recomputed on exactly the JSON that was given.
  return { bundle: input as EvidenceBundle, problems: [] };
}
