import { FindingDraft, RedFlagRuleId } from '../finding';
import { RedFlagConfig } from '../red-flag-config';
import { AuditView } from '../view/audit-view';
import { AuditedEvent } from '../welfare-envelope';

/** What a rule sees when one event arrives: the view without it, the view with it, the thresholds. */
export interface RuleContext {
  before: AuditView;
  after: AuditView;
  audited: AuditedEvent;
  config: RedFlagConfig;
}

/**
 * One red-flag rule (กฎธงแดง): a pure function of the arriving event and the history before it, so
 * the same rules serve a whole-history replay and a live subscription.
 */
export interface RedFlagRule {
  id: RedFlagRuleId;
  check: (context: RuleContext) => FindingDraft[];
}
