import { Money } from '@kongthun/kernel';
import { refuse } from '../refusals';

/** A rank of approval: runs of at most `upTo` (null: any larger) need `approvals` distinct approvers. */
export interface ApprovalTier {
  upTo: string | null;
  approvals: number;
}

/** Tiers come from configuration (`config/relief-approval-tiers.json`), ascending, the last open-ended. */
export const parseApprovalTiers = (json: unknown): ApprovalTier[] => {
  const invalid = (why: string) => refuse('relief.approval-tiers-invalid', `Approval tiers invalid: ${why}`, 'ลำดับขั้นการอนุมัติไม่ถูกต้อง');
  if (!Array.isArray(json) || json.length === 0) throw invalid('a non-empty list');
  const tiers = json.map((tier: { upTo?: unknown; approvals?: unknown }) => {
    if (!Number.isInteger(tier.approvals) || (tier.approvals as number) < 1) throw invalid('approvals is a positive whole number');
    if (tier.upTo !== null && typeof tier.upTo !== 'string') throw invalid('upTo is an amount or null');
    return { upTo: tier.upTo === null ? null : Money.fromJSON(tier.upTo).toDecimalString(), approvals: tier.approvals as number };
  });
  if (tiers[tiers.length - 1].upTo !== null) throw invalid('the last tier has upTo null');
  for (let i = 1; i < tiers.length - 1; i++)
    if (!Money.fromJSON(tiers[i].upTo as string).isGreaterThan(Money.fromJSON(tiers[i - 1].upTo as string))) throw invalid('ascending');
  return tiers;
};

export const approvalsRequiredFor = (tiers: readonly ApprovalTier[], total: Money): number =>
  (tiers.find((tier) => tier.upTo === null || !total.isGreaterThan(Money.fromJSON(tier.upTo))) ?? tiers[tiers.length - 1]).approvals;
