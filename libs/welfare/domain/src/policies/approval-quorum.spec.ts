import { Money } from '@kongthun/kernel';
import { approvalsRequiredFor, quorumReached } from './approval-quorum';

const approval = { approvalsRequired: 2, largeClaimLimit: Money.ofBaht(5_000), approvalsAboveLimit: 3 };

describe('approval quorum', () => {
  it('a claim at the large-claim limit needs the usual number of approvals', () => {
    expect(approvalsRequiredFor(Money.ofBaht(5_000), approval)).toBe(2);
  });

  it('a claim one satang above the limit needs more approvals', () => {
    expect(approvalsRequiredFor(Money.parse('5,000.01'), approval)).toBe(3);
  });

  it('counts distinct approvers, not approvals', () => {
    expect(quorumReached(['u-a', 'u-a'], 2)).toBe(false);
    expect(quorumReached(['u-a', 'u-b'], 2)).toBe(true);
  });
});
