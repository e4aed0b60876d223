import { MoneyMessage } from '@kongthun/money-contract';
import { findingIdOf, RedFlagFinding } from './finding';
import { DEFAULT_RED_FLAG_CONFIG, RedFlagConfig } from './red-flag-config';
import { RED_FLAG_RULES } from './rules/all-rules';
import { applyMessage } from './state/apply-message';
import { applyGrantTrails } from './state/grant-trails';
import { applyRegistrationTrails } from './state/registration-trails';
import { NO_REFERENCE, RedFlagReference } from './reference/red-flag-reference';
import { markSeen, seenBefore } from './state/delivery';
import { initialRedFlagState, RedFlagState } from './state/red-flag-state';
import { tableGet, tableSet } from './state/sharded-table';
import { latestDeclaration, unitOf } from './state/unit-declarations';

export interface RedFlagStep {
  state: RedFlagState;
  /** New findings raised by this message, in rule order. */
  findings: RedFlagFinding[];
}

/**
 * One step of the fold over money-contract messages: the state after `message` and the findings it
 * raises. Messages must be validated first (`parseMoneyMessage`). A redelivered message changes
 * nothing; messages of one source stream must arrive in order, streams may interleave freely.
 */
export const evaluateRedFlags = (
  state: RedFlagState,
  message: MoneyMessage,
  config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG,
  reference: RedFlagReference = NO_REFERENCE,
): RedFlagStep => {
  if (seenBefore(state, message)) return { state, findings: [] };
  const unitArea = latestDeclaration(unitOf(state, message.programme, message.unitId))?.areaCodes[0] ?? null;
  let raised = state.raised;
  const findings: RedFlagFinding[] = [];
  for (const rule of RED_FLAG_RULES) {
    for (const draft of rule.check({ before: state, message, config, reference })) {
      if (config.disabledRules.includes(draft.rule)) continue;
      const evidenceEventIds = draft.evidence.map((ref) => ref.eventId);
      const findingId = findingIdOf(draft.rule, evidenceEventIds);
      if (tableGet(raised, findingId) !== undefined) continue;
      raised = tableSet(raised, findingId, true);
      findings.push({
        findingId,
        rule: draft.rule,
        severity: draft.severity,
        summary: draft.summary,
        summaryTh: draft.summaryTh,
        programme: message.programme,
        unitId: message.unitId,
        fundId: message.unitId,
        areaCode: draft.areaCode ?? unitArea,
        streamId: message.source.streamId,
        streamIds: [...new Set(draft.evidence.map((ref) => ref.streamId))],
        evidenceEventIds,
        raisedBy: message.source.eventId,
        details: draft.details,
      });
    }
  }
  const next = applyRegistrationTrails(applyGrantTrails(applyMessage(state, message, config), message), message, config, reference);
  return { state: { ...markSeen(next, message), raised }, findings };
};

/** Every finding over a history of money messages, from the start or from a saved state. */
export const scanRedFlags = (
  messages: Iterable<MoneyMessage>,
  config: RedFlagConfig = DEFAULT_RED_FLAG_CONFIG,
  from: RedFlagState = initialRedFlagState(),
  reference: RedFlagReference = NO_REFERENCE,
): RedFlagStep => {
  let state = from;
  const findings: RedFlagFinding[] = [];
  for (const message of messages) {
    const step = evaluateRedFlags(state, message, config, reference);
    state = step.state;
    findings.push(...step.findings);
  }
  return { state, findings };
};

export { initialRedFlagState };
export type { RedFlagState };
