import { createHash } from 'node:crypto';
import { Evidence } from './state/evidence';

/** Stable codes of the red-flag rules (ธงแดง); cases and reports match on them, so they never change. */
export const RED_FLAG_RULE_IDS = [
  'red-flag.duplicate-payment',
  'red-flag.approved-in-waiting-period',
  'red-flag.approved-above-yearly-cap',
  'red-flag.conflicted-approver',
  'red-flag.payout-above-approved',
  'red-flag.split-under-approval-limit',
  'red-flag.shared-payee-account',
  'red-flag.admin-spending-over-cap',
  'red-flag.amount-words-mismatch',
  'red-flag.paid-outside-unit-area',
  'red-flag.paid-outside-unit-period',
  'red-flag.receipt-claimed-twice',
  'red-flag.tranche-without-accepted-report',
  'red-flag.awards-concentrated',
  'red-flag.awards-split-under-tier',
  'red-flag.village-over-households',
  'red-flag.certifier-above-peers',
] as const;
export type RedFlagRuleId = (typeof RED_FLAG_RULE_IDS)[number];

/** How urgently an auditor should look: money plainly lost (`high`) or a pattern worth a question. */
export type RedFlagSeverity = 'low' | 'medium' | 'high';

/**
 * JSON-safe facts that explain a finding: amounts as decimal strings, dates as ISO days, and the
 * threshold the rule used (`thresholdName`, `thresholdValue`) so a reader can judge it.
 */
export type FindingDetails = Readonly<Record<string, string | number | boolean | null | string[]>>;

/**
 * An audit finding (ข้อสังเกตจากการตรวจสอบ) raised from money-contract messages: a rule, the
 * programme unit it concerns and the programme events that show it. Evidence ids are the source
 * events (`source.eventId`) the ledger holds, so each can be proven by an inclusion proof.
 */
export interface RedFlagFinding {
  /** A UUID-shaped digest of the rule and the evidence ids ({@link findingIdOf}): the same facts give the same id. */
  findingId: string;
  /** The rule's stable dotted code, e.g. `red-flag.duplicate-payment`. */
  rule: RedFlagRuleId;
  severity: RedFlagSeverity;
  /** In English. */
  summary: string;
  summaryTh: string;
  /** The programme and unit (fund, grant project, disaster declaration) of the message that raised the finding. */
  programme: string;
  unitId: string;
  /** The same as `unitId`, for readers written when every unit was a welfare fund. */
  fundId: string;
  /** Area of the payment, else of the unit; auditors are scoped by its prefix. Null when neither is known. */
  areaCode: string | null;
  /** The source stream of the raising message. */
  streamId: string;
  /** Every source stream the evidence comes from, in evidence order; more than one across units. */
  streamIds: string[];
  /** Source event ids, in the order the story reads. */
  evidenceEventIds: string[];
  /** Source event id of the message whose arrival raised the finding. */
  raisedBy: string;
  details: FindingDetails;
}

/** What a rule produces; the evaluator adds the id, unit, streams and the raising event. */
export interface FindingDraft {
  rule: RedFlagRuleId;
  severity: RedFlagSeverity;
  summary: string;
  summaryTh: string;
  /** Area of the payment; the evaluator falls back to the unit's first area. */
  areaCode?: string | null;
  evidence: readonly Evidence[];
  details: FindingDetails;
}

/**
 * Derived from facts only, never from time or arrival order, so a replay raises no new finding:
 * SHA-256 of the rule and the sorted evidence ids, laid out as a UUID (version 8, RFC 9562) so
 * the audit service can use it as the id of the event that records the finding.
 */
export const findingIdOf = (rule: string, evidenceEventIds: readonly string[]): string => {
  const hex = createHash('sha256')
    .update(JSON.stringify([rule, ...[...new Set(evidenceEventIds)].sort()]))
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** Evidence without repeats, first mention kept, so a story reads in order. */
export const distinctEvidence = (refs: readonly (Evidence | null | undefined)[]): Evidence[] => {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const ref of refs) {
    if (ref === null || ref === undefined || seen.has(ref.eventId)) continue;
    seen.add(ref.eventId);
    out.push(ref);
  }
  return out;
};
