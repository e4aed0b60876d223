import { Money } from '@kongthun/kernel';
import { FundRules } from '../fund/fund-rules';

/**
 * How many distinct committee members must approve a claim (องค์ประชุมอนุมัติ): the usual number,
 * or more for a claim strictly above the large-claim limit. A claim of exactly the limit needs
 * the usual number.
 */
export const approvalsRequiredFor = (amount: Money, approval: FundRules['approval']): number =>
  amount.isGreaterThan(approval.largeClaimLimit) ? approval.approvalsAboveLimit : approval.approvalsRequired;

/** Counts people, not approvals: the same approver twice is one approval. */
export const quorumReached = (approverIds: readonly string[], required: number): boolean => new Set(approverIds).size >= required;
