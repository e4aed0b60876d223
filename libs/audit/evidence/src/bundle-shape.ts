import { z } from 'zod';
import { EVIDENCE_FORMAT, EvidenceBundle, RETIRED_EVIDENCE_FORMATS } from './evidence-bundle';
import { FINDING_RAISED, findingOf } from './finding-event';
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

const entry = z.object({ leafIndex: z.number().int().nonnegative(), auditPath: z.array(hex64), event }).strict();

// The finding's fields are hashed like any event's, so their shape is checked here only so that
// the evidence check can read them; their truth is the hash and the inclusion proof.
const findingEntry = entry.refine((e) => findingOf(e.event) !== undefined, {
  message: `must be an ${FINDING_RAISED} event whose data holds findingId (= the event id), rule, severity, summary, summaryTh, streamId, evidenceEventIds and details`,
});

const bundle = z
  .object({
    format: z.literal(EVIDENCE_FORMAT),
    createdAt: z.string(),
    treeHead: z
      .object({ origin: z.string(), treeSize: z.number(), rootHash: z.string(), timestamp: z.string(), signatures: z.array(signature) })
      .strict(),
    finding: findingEntry.optional(),
    events: z.array(entry),
  })
  .strict()
  .refine((b) => b.finding !== undefined || b.events.length > 0, { message: 'a bundle proves at least one event', path: ['events'] });

/** The retired format `input` claims to be, if any. */
export const retiredFormatOf = (input: unknown): string | undefined => {
  const format = (input as { format?: unknown } | null)?.format;
  return typeof format === 'string' && (RETIRED_EVIDENCE_FORMATS as readonly string[]).includes(format) ? format : undefined;
};

/** The bundle if `input` is a well-formed `kongthun.evidence/v2` document, else what is wrong with it. */
export function parseBundle(input: unknown): { bundle: EvidenceBundle; problems: [] } | { bundle?: undefined; problems: string[] } {
  const old = retiredFormatOf(input);
  if (old)
    return {
      problems: [
        `${old} is no longer accepted: its finding was not covered by the ledger's proofs; download the bundle again to get ${EVIDENCE_FORMAT}`,
      ],
    };
  const parsed = bundle.safeParse(input);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`) };
  }
  const headProblems = treeHeadProblems(parsed.data.treeHead).map((p) => `treeHead: ${p}`);
  if (headProblems.length > 0) return { problems: headProblems };
  // The original, not zod's copy: hashes must be recomputed on exactly the JSON that was given.
  return { bundle: input as EvidenceBundle, problems: [] };
}
