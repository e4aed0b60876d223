import { calendarDate, CalendarDate, isBefore } from '@kongthun/kernel';
import { DEFAULT_ADMIN_COST_CAP_PERCENT } from '../policies/admin-cost-cap';
import { FundRulesProposal, validateRules } from './fund-rules';
import { rulesToData } from './fund-rules.data';
import { AdoptRules, RulesInput } from './fund.commands';
import { RulesAdopted } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requireRegistered, requireText, todayOf } from './refusals';

/** Rules as written, with the 20% administration cap where none was given. */
export const withRuleDefaults = (rules: RulesInput, effectiveFrom: CalendarDate): FundRulesProposal => ({
  ...rules,
  effectiveFrom,
  adminCostCapPercent: rules.adminCostCapPercent ?? DEFAULT_ADMIN_COST_CAP_PERCENT,
});

/**
 * A rule change is a new version from a date (ระเบียบฉบับใหม่): never retroactive, never before or on
 * the latest version's start, so that every past decision keeps the version it cited.
 */
export const adoptRules = (command: AdoptRules, state: FundState): RulesAdopted[] => {
  const fund = requireRegistered(state);
  const { effectiveFrom, resolutionRef } = command.data;
  calendarDate(effectiveFrom, 'effectiveFrom');
  const today = todayOf(command.metadata);
  if (isBefore(effectiveFrom, today)) {
    throw refuse('rules.retroactive', `Rules cannot take effect in the past (${effectiveFrom})`, 'ระเบียบใหม่ต้องไม่มีผลย้อนหลัง', {
      effectiveFrom,
      today,
    });
  }
  const latest = fund.rules[fund.rules.length - 1];
  if (!isBefore(latest.effectiveFrom, effectiveFrom)) {
    throw refuse(
      'rules.not-after-latest',
      `Rules must take effect after version ${latest.version} (${latest.effectiveFrom})`,
      'ระเบียบใหม่ต้องมีผลหลังวันที่ระเบียบฉบับล่าสุดมีผล',
      { effectiveFrom, latestEffectiveFrom: latest.effectiveFrom },
    );
  }
  const rules = withRuleDefaults(command.data.rules, effectiveFrom);
  validateRules(rules);
  return [
    {
      type: 'welfare.rules.adopted',
      data: {
        fundId: fund.fundId,
        rules: rulesToData({ ...rules, version: latest.version + 1 }),
        resolutionRef: requireText(resolutionRef, 'rules.resolution-required', 'A meeting resolution reference', 'เลขที่มติที่ประชุม'),
      },
    },
  ];
};
