import { Money } from '@kongthun/kernel';
import { withRuleDefaults } from './adopt-rules';
import { FundRules, FundRulesProposal, rulesInForceOn, validateRules } from './fund-rules';
import { rulesFromData, rulesToData } from './fund-rules.data';
import { rulesV1 } from '../testing/talat-yai-fund';

const refusal = (code: string, field?: string) =>
  expect.objectContaining({ name: 'DomainError', code, ...(field === undefined ? {} : { details: { field } }) });
const proposal = (change: Partial<FundRulesProposal> = {}): FundRulesProposal => ({
  ...withRuleDefaults(rulesV1(), '2022-10-01'),
  ...change,
});

describe('fund rules', () => {
  it('the Talat Yai founding rules are valid and default the administration cap to 20 percent', () => {
    expect(() => validateRules(proposal())).not.toThrow();
    expect(proposal().adminCostCapPercent).toBe(20);
  });

  it.each<[string, Partial<FundRulesProposal>]>([
    ['contributionPlans', { contributionPlans: [] }],
    ['lapse.missedMonths', { lapse: { missedMonths: 0 } }],
    ['approval.approvalsRequired', { approval: { approvalsRequired: 0, largeClaimLimit: Money.ofBaht(1), approvalsAboveLimit: 1 } }],
    ['approval.approvalsAboveLimit', { approval: { approvalsRequired: 3, largeClaimLimit: Money.ofBaht(1), approvalsAboveLimit: 2 } }],
    ['adminCostCapPercent', { adminCostCapPercent: 101 }],
    ['benefits', { benefits: [...rulesV1().benefits, rulesV1().benefits[0]] }],
    [
      'benefits.yearlyCap',
      { benefits: [{ benefit: 'elderly', amount: Money.ofBaht(500), per: 'event', yearlyCap: Money.ofBaht(499), waitingPeriodDays: 0 }] },
    ],
    ['matchingTargets', { matchingTargets: [{ source: 'codi', percentOfMemberContributions: 1.5 }] }],
  ])('refuses rules with an impossible %s', (field, change) => {
    expect(() => validateRules(proposal(change))).toThrow(refusal('rules.invalid', field));
  });

  it('the version in force is the latest that started on or before the date', () => {
    const versions: FundRules[] = [
      { ...proposal(), version: 1 },
      { ...proposal({ effectiveFrom: '2023-10-01' }), version: 2 },
    ];
    expect(rulesInForceOn(versions, '2023-09-30').version).toBe(1);
    expect(rulesInForceOn(versions, '2023-10-01').version).toBe(2);
    expect(() => rulesInForceOn(versions, '2022-09-30')).toThrow(refusal('rules.none-in-force'));
  });

  it('survive the trip to event data and back, money as decimal strings', () => {
    const rules: FundRules = { ...proposal(), version: 1 };
    const data = rulesToData(rules);
    expect(data.contributionPlans[0].lumpSums[2]).toEqual({ months: 12, amount: '360.00' });
    expect(rulesToData(rulesFromData(JSON.parse(JSON.stringify(data))))).toEqual(data);
  });
});
