// Red flags (ธงแดง) over welfare-fund history: pure rules, replayable and incremental.
export type { AuditedEvent, EventRef, WelfareEnvelope } from './welfare-envelope';
export { auditedEventOf } from './welfare-envelope';
export { RED_FLAG_RULE_IDS, findingIdOf } from './finding';
export type { FindingDetails, FindingDraft, RedFlagFinding, RedFlagRuleId, RedFlagSeverity } from './finding';
export { DEFAULT_RED_FLAG_CONFIG, redFlagConfig } from './red-flag-config';
export type { RedFlagConfig, RedFlagConfigInput } from './red-flag-config';
export { evaluateRedFlags, initialRedFlagState, scanRedFlags } from './evaluate';
export type { RedFlagState, RedFlagStep } from './evaluate';
export { RED_FLAG_RULES } from './rules/all-rules';
export type { RedFlagRule, RuleContext } from './rules/red-flag-rule';
export { justUnderLimit } from './rules/split-under-approval-limit';
export { payeeAccountHashOf } from './view/apply-to-view';
export type { AuditView } from './view/audit-view';
