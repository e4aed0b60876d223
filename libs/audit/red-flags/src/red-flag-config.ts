import { DomainError } from '@kongthun/kernel';
import { RedFlagRuleId, RED_FLAG_RULE_IDS } from './finding';

/**
 * Thresholds of the red-flag rules (เกณฑ์ธงแดง). They are policy, not code: an audit office tunes
 * them per deployment, and every finding records the values that raised it.
 */
export interface RedFlagConfig {
  /** Several payouts just under an approval limit (แบ่งจ่ายเลี่ยงวงเงินอนุมัติ). */
  splitPayouts: {
    /** Payouts count together when paid within this many days of each other. */
    windowDays: number;
    /** "Just under": at most the limit and at least the limit less this percent of it. */
    marginPercent: number;
    /** How many such payouts to one person or one account make a finding. */
    minPayouts: number;
  };
  /** One bank or PromptPay account paid for many people (บัญชีรับเงินแทนหลายคน). */
  sharedAccount: {
    /** Distinct people (by citizen-ID hash) paid into one account that make a finding. */
    minDistinctMembers: number;
  };
  /** Rules switched off for this deployment. */
  disabledRules: readonly RedFlagRuleId[];
}

export const DEFAULT_RED_FLAG_CONFIG: RedFlagConfig = Object.freeze({
  splitPayouts: Object.freeze({ windowDays: 30, marginPercent: 10, minPayouts: 2 }),
  sharedAccount: Object.freeze({ minDistinctMembers: 3 }),
  disabledRules: Object.freeze([]),
});

export interface RedFlagConfigInput {
  splitPayouts?: Partial<RedFlagConfig['splitPayouts']>;
  sharedAccount?: Partial<RedFlagConfig['sharedAccount']>;
  disabledRules?: readonly string[];
}

const invalid = (field: string, message: string, messageTh: string, value: unknown): DomainError =>
  new DomainError('red-flags.config-invalid', `Red-flag configuration: ${message}`, {
    messageTh: `การตั้งค่าธงแดงไม่ถูกต้อง: ${messageTh}`,
    details: { field, value: String(value) },
  });

const whole = (value: number, min: number, max: number, field: string, th: string): number => {
  if (!Number.isInteger(value) || value < min || value > max) throw invalid(field, `${field} must be a whole number ${min}–${max}`, `${th}ต้องเป็นจำนวนเต็ม ${min}–${max}`, value);
  return value;
};

/** The defaults with the given values over them; refuses values no rule could apply. */
export const redFlagConfig = (input: RedFlagConfigInput = {}): RedFlagConfig => {
  const split = { ...DEFAULT_RED_FLAG_CONFIG.splitPayouts, ...input.splitPayouts };
  const shared = { ...DEFAULT_RED_FLAG_CONFIG.sharedAccount, ...input.sharedAccount };
  const disabled = input.disabledRules ?? DEFAULT_RED_FLAG_CONFIG.disabledRules;
  for (const id of disabled) {
    if (!(RED_FLAG_RULE_IDS as readonly string[]).includes(id)) throw invalid('disabledRules', `unknown rule ${id}`, `ไม่รู้จักกฎ ${id}`, id);
  }
  return {
    splitPayouts: {
      windowDays: whole(split.windowDays, 0, 3660, 'splitPayouts.windowDays', 'จำนวนวัน'),
      marginPercent: whole(split.marginPercent, 0, 100, 'splitPayouts.marginPercent', 'ร้อยละ'),
      minPayouts: whole(split.minPayouts, 2, 1000, 'splitPayouts.minPayouts', 'จำนวนครั้ง'),
    },
    sharedAccount: {
      minDistinctMembers: whole(shared.minDistinctMembers, 2, 100_000, 'sharedAccount.minDistinctMembers', 'จำนวนสมาชิก'),
    },
    disabledRules: [...disabled] as RedFlagRuleId[],
  };
};
