// Red flags (ธงแดง) over the money contract: pure rules, generic across programmes, replayable and incremental.
export { RED_FLAG_RULE_IDS, findingIdOf } from './finding';
export type { FindingDetails, FindingDraft, RedFlagFinding, RedFlagRuleId, RedFlagSeverity } from './finding';
export { DEFAULT_RED_FLAG_CONFIG, parseRedFlagConfig, redFlagConfig, redFlagConfigSchema } from './red-flag-config';
export type { RedFlagConfig, RedFlagConfigInput } from './red-flag-config';
export { RED_FLAG_CONFIG_FILE_ENV, RED_FLAG_CONFIG_JSON_ENV, redFlagConfigFromEnv } from './red-flag-config-from-env';
export { evaluateRedFlags, initialRedFlagState, scanRedFlags } from './evaluate';
export type { RedFlagState, RedFlagStep } from './evaluate';
export { parseRedFlagState, serializeRedFlagState } from './state/red-flag-state';
export type { Evidence } from './state/evidence';
export { RED_FLAG_RULES } from './rules/all-rules';
export type { RedFlagRule, RuleContext } from './rules/red-flag-rule';
export { justUnderLimit } from './state/amounts';
export { capYearOf, daysBetween, thaiFiscalYearOf } from './arithmetic/calendar-days';
export { committedInCapYear, eligibleAfterWaitingPeriod, staysWithinYearlyCap } from './arithmetic/welfare-arithmetic';
export { NO_REFERENCE, redFlagReference } from './reference/red-flag-reference';
export type { RedFlagReference, VillageHouseholdCount } from './reference/red-flag-reference';
export { villagesOverReference } from './reference/villages-over-reference';
