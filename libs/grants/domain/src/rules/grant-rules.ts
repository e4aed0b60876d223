import { Money } from '@kongthun/kernel';
import { refuse } from '../command';

/**
 * An approval authority tier (อำนาจอนุมัติ): who may award up to how much. `upTo` null has no
 * ceiling. Tiers are the programme's configuration, never code.
 */
export interface ApprovalTier {
  tier: string;
  upTo: string | null;
  approverIds: string[];
}

/** Which accepted reports of the previous tranche release the next one (เงื่อนไขการเบิกงวด). */
export type ReportKind = 'progress' | 'expense';

/** A programme's grant rules, versioned: every decision cites the version it was taken under. */
export interface GrantRules {
  version: number;
  /** The Bangkok day from which this version applies. */
  effectiveFrom: string;
  approvalTiers: ApprovalTier[];
  /** Percent of the award per tranche (งวด), in order, summing to 100, e.g. 40/40/20. */
  trancheSplitPercent: number[];
  /** Reports of tranche n that must be accepted before tranche n+1 is released. */
  releaseRequires: ReportKind[];
  /** Reviewers who must have scored before an award (องค์ประชุม). */
  reviewQuorum: number;
}

/** Refuses rules that cannot work: tranches not summing to 100, no tier, a quorum below one. */
export const validateRules = (rules: GrantRules): GrantRules => {
  const total = rules.trancheSplitPercent.reduce((sum, percent) => sum + percent, 0);
  if (rules.trancheSplitPercent.length === 0 || total !== 100 || rules.trancheSplitPercent.some((p) => !Number.isInteger(p) || p <= 0))
    throw refuse(
      'rules.tranche-split-invalid',
      'Tranche percents must be positive whole numbers summing to 100',
      'สัดส่วนงวดเงินต้องรวมได้ร้อยละ 100',
      {
        trancheSplitPercent: rules.trancheSplitPercent,
      },
    );
  if (rules.approvalTiers.length === 0 || rules.approvalTiers.some((tier) => tier.approverIds.length === 0))
    throw refuse('rules.approval-tiers-invalid', 'Every approval tier needs at least one approver', 'ทุกระดับอำนาจอนุมัติต้องมีผู้อนุมัติ');
  if (!Number.isInteger(rules.reviewQuorum) || rules.reviewQuorum < 1)
    throw refuse('rules.quorum-invalid', 'The review quorum must be at least one reviewer', 'องค์ประชุมพิจารณาต้องมีอย่างน้อยหนึ่งคน');
  return rules;
};

/**
 * The tier under which `approverId` may award `amount`: the lowest of their tiers whose ceiling
 * covers it. Refused when none does (`award.approver-tier-too-low`).
 */
export const approvalTierFor = (rules: GrantRules, approverId: string, amount: Money): ApprovalTier => {
  const covering = rules.approvalTiers.filter(
    (tier) => tier.approverIds.includes(approverId) && (tier.upTo === null || !amount.isGreaterThan(Money.fromJSON(tier.upTo))),
  );
  if (covering.length === 0)
    throw refuse(
      'award.approver-tier-too-low',
      `${approverId} has no authority tier covering ${amount.format()} baht`,
      'ผู้อนุมัติไม่มีอำนาจอนุมัติวงเงินนี้',
      { approverId, amount: amount.toDecimalString(), ruleVersion: rules.version },
    );
  return covering.sort((a, b) =>
    a.upTo === null ? 1 : b.upTo === null ? -1 : Money.compare(Money.fromJSON(a.upTo), Money.fromJSON(b.upTo)),
  )[0];
};

/** The lowest tier ceiling: awards above it need a higher authority (the auditor's approval limit). */
export const lowestTierCeiling = (rules: GrantRules): string | null => {
  const ceilings = rules.approvalTiers.flatMap((tier) => (tier.upTo === null ? [] : [Money.fromJSON(tier.upTo)]));
  return ceilings.length === 0 ? null : ceilings.sort(Money.compare)[0].toDecimalString();
};

/**
 * Splits an award into tranches by percent, in satang; the last tranche takes the remainder so
 * that the tranches always sum to the award exactly.
 */
export const splitIntoTranches = (amount: Money, percents: number[]): Money[] => {
  const parts = percents.slice(0, -1).map((percent) => Money.ofSatang((amount.satang * BigInt(percent)) / 100n));
  return [...parts, amount.minus(Money.sum(parts))];
};
