import { Money } from '@kongthun/kernel';
import { approvalTierFor, GrantRules, lowestTierCeiling, splitIntoTranches, validateRules } from './grant-rules';

const rules: GrantRules = {
  version: 1,
  effectiveFrom: '2022-10-01',
  approvalTiers: [
    { tier: 'provincial-committee', upTo: '1000000.00', approverIds: ['rattana'] },
    { tier: 'regional-director', upTo: '5000000.00', approverIds: ['sb-officer'] },
    { tier: 'codi-board', upTo: null, approverIds: ['board-chair', 'sb-officer'] },
  ],
  trancheSplitPercent: [40, 40, 20],
  releaseRequires: ['progress', 'expense'],
  reviewQuorum: 3,
};

describe('grant rules', () => {
  it('a 40/40/20 split of 1,234,567.89 baht sums to the award exactly, the last tranche taking the satang left over', () => {
    const parts = splitIntoTranches(Money.parse('1,234,567.89'), [40, 40, 20]);
    expect(parts.map((part) => part.toDecimalString())).toEqual(['493827.15', '493827.15', '246913.59']);
    expect(Money.sum(parts).toDecimalString()).toBe('1234567.89');
  });

  it('an approver awards under the lowest of their tiers that covers the amount', () => {
    expect(approvalTierFor(rules, 'sb-officer', Money.parse('2,000,000')).tier).toBe('regional-director');
    expect(approvalTierFor(rules, 'sb-officer', Money.parse('6,000,000')).tier).toBe('codi-board');
  });

  it('an approver whose tiers do not cover the amount is refused', () => {
    expect(() => approvalTierFor(rules, 'rattana', Money.parse('1,000,000.01'))).toThrow(
      expect.objectContaining({ code: 'award.approver-tier-too-low' }),
    );
  });

  it('the lowest tier ceiling is the approval limit the auditor watches', () => {
    expect(lowestTierCeiling(rules)).toBe('1000000.00');
  });

  it('tranche percents that do not sum to 100 are refused', () => {
    expect(() => validateRules({ ...rules, trancheSplitPercent: [40, 40] })).toThrow(
      expect.objectContaining({ code: 'rules.tranche-split-invalid' }),
    );
  });

  it('a tier without approvers, or a quorum of nobody, is refused', () => {
    expect(() => validateRules({ ...rules, approvalTiers: [{ tier: 'x', upTo: null, approverIds: [] }] })).toThrow(
      expect.objectContaining({ code: 'rules.approval-tiers-invalid' }),
    );
    expect(() => validateRules({ ...rules, reviewQuorum: 0 })).toThrow(expect.objectContaining({ code: 'rules.quorum-invalid' }));
  });
});
