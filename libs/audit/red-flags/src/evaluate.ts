import { PersistentMap } from '@kongthun/welfare-domain';
import { findingIdOf, RedFlagFinding } from './finding';
import { DEFAULT_RED_FLAG_CONFIG, RedFlagConfig } from './red-flag-config';
import { RED_FLAG_RULES } from './rules/all-rules';
import { applyToView } from './view/apply-to-view';
import { AuditView, emptyAuditView } from './view/audit-view';
import { auditedEventOf, WelfareEnvelope } from './welfare-envelope';

/**
 * Where red-flag evaluation stands after some history: the auditor's view, the last revision seen
 * per stream (so a redelivered event is skipped) and the findings already raised (so none is
 * raised twice). Immutable; keep it in memory and rebuild it by replaying the ledger.
 */
export interface RedFlagState {
  view: AuditView;
  revisions: PersistentMap<bigint>;
  raised: PersistentMap<true>;
}

export const initialRedFlagState = (): RedFlagState => ({ view: emptyAuditView(), revisions: PersistentMap.empty(), raised: PersistentMap.empty() });

export interface RedFlagStep {
  state: RedFlagState;
  /** New findings raised by this event, in rule order. */
  findings: RedFlagFinding[];
}

/**
 * One step of the fold: the state after `envelope` and the findings it raises. Events of other
 * contexts pass through; an event at or below the last revision seen of its stream (at-least-once
 * delivery) changes nothing. Per-stream order is required; streams may interleave in any order.
 */
export const evaluateRedFlags = (state: RedFlagState, envelope: WelfareEnvelope, config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG): RedFlagStep => {
  const audited = auditedEventOf(envelope);
  if (audited === null) return { state, findings: [] };
  const last = state.revisions.get(audited.ref.streamId);
  if (last !== undefined && audited.streamRevision <= last) return { state, findings: [] };

  const before = state.view;
  const after = applyToView(before, audited);
  const fund = after.funds.get(audited.event.data.fundId);
  let raised = state.raised;
  const findings: RedFlagFinding[] = [];
  for (const rule of RED_FLAG_RULES) {
    if (config.disabledRules.includes(rule.id)) continue;
    for (const draft of rule.check({ before, after, audited, config })) {
      const evidenceEventIds = draft.evidence.map((ref) => ref.eventId);
      const findingId = findingIdOf(draft.rule, evidenceEventIds);
      if (raised.has(findingId)) continue;
      raised = raised.with(findingId, true);
      findings.push({
        findingId, rule: draft.rule, severity: draft.severity, summaryTh: draft.summaryTh, summary: draft.summary,
        fundId: audited.event.data.fundId, streamId: fund?.streamId ?? audited.ref.streamId,
        streamIds: [...new Set(draft.evidence.map((ref) => ref.streamId))], evidenceEventIds,
        raisedBy: audited.ref.eventId, details: draft.details,
      });
    }
  }
  return { state: { view: after, revisions: state.revisions.with(audited.ref.streamId, audited.streamRevision), raised }, findings };
};

/** Every finding over a whole history (ประวัติทั้งหมด), e.g. an auditor's replay from the ledger. */
export const scanRedFlags = (
  envelopes: Iterable<WelfareEnvelope>, config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG, from: RedFlagState = initialRedFlagState(),
): RedFlagStep => {
  let state = from;
  const findings: RedFlagFinding[] = [];
  for (const envelope of envelopes) {
    const step = evaluateRedFlags(state, envelope, config);
    state = step.state;
    findings.push(...step.findings);
  }
  return { state, findings };
};
