import { MoneyMessage } from '@kongthun/money-contract';
import { FindingDraft } from '../finding';
import { RedFlagConfig } from '../red-flag-config';
import { RedFlagReference } from '../reference/red-flag-reference';
import { RedFlagState } from '../state/red-flag-state';

/** What a rule sees when one message arrives: the history before it, the message, the thresholds, the reference facts. */
export interface RuleContext {
  before: RedFlagState;
  message: MoneyMessage;
  config: RedFlagConfig;
  reference: RedFlagReference;
}

/**
 * One red-flag rule (กฎธงแดง): a pure function of the arriving message and the history before it,
 * so the same rules serve a whole-history replay and a live subscription.
 */
export interface RedFlagRule {
  name: string;
  check: (context: RuleContext) => FindingDraft[];
}
