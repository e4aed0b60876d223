import { Money } from '@kongthun/kernel';
import { BenefitKind, FundRules, MatchingSource } from './fund-rules';

/** {@link FundRules} as events carry them: JSON only, money as decimal strings (`"30.00"`). */
export type FundRulesData = {
  version: number;
  effectiveFrom: string;
  joiningFee: string;
  contributionPlans: { planId: string; name: string; monthlyAmount: string; lumpSums: { months: number; amount: string }[] }[];
  benefits: {
    benefit: BenefitKind;
    amount: string;
    per: 'event' | 'hospital-night';
    yearlyCap: string | null;
    waitingPeriodDays: number;
  }[];
  capYear: 'calendar' | 'fiscal';
  lapse: { missedMonths: number };
  approval: { approvalsRequired: number; largeClaimLimit: string; approvalsAboveLimit: number };
  adminCostCapPercent: number;
  matchingTargets: { source: MatchingSource; percentOfMemberContributions: number }[];
};

export const rulesToData = (rules: FundRules): FundRulesData => ({
  version: rules.version,
  effectiveFrom: rules.effectiveFrom,
  joiningFee: rules.joiningFee.toJSON(),
  contributionPlans: rules.contributionPlans.map((plan) => ({
    planId: plan.planId,
    name: plan.name,
    monthlyAmount: plan.monthlyAmount.toJSON(),
    lumpSums: plan.lumpSums.map((lump) => ({ months: lump.months, amount: lump.amount.toJSON() })),
  })),
  benefits: rules.benefits.map((scheme) => ({
    benefit: scheme.benefit,
    amount: scheme.amount.toJSON(),
    per: scheme.per,
    yearlyCap: scheme.yearlyCap === null ? null : scheme.yearlyCap.toJSON(),
    waitingPeriodDays: scheme.waitingPeriodDays,
  })),
  capYear: rules.capYear,
  lapse: { missedMonths: rules.lapse.missedMonths },
  approval: {
    approvalsRequired: rules.approval.approvalsRequired,
    largeClaimLimit: rules.approval.largeClaimLimit.toJSON(),
    approvalsAboveLimit: rules.approval.approvalsAboveLimit,
  },
  adminCostCapPercent: rules.adminCostCapPercent,
  matchingTargets: rules.matchingTargets.map((target) => ({ ...target })),
});

export const rulesFromData = (data: FundRulesData): FundRules => ({
  version: data.version,
  effectiveFrom: data.effectiveFrom,
  joiningFee: Money.fromJSON(data.joiningFee),
  contributionPlans: data.contributionPlans.map((plan) => ({
    planId: plan.planId,
    name: plan.name,
    monthlyAmount: Money.fromJSON(plan.monthlyAmount),
    lumpSums: plan.lumpSums.map((lump) => ({ months: lump.months, amount: Money.fromJSON(lump.amount) })),
  })),
  benefits: data.benefits.map((scheme) => ({
    benefit: scheme.benefit,
    amount: Money.fromJSON(scheme.amount),
    per: scheme.per,
    yearlyCap: scheme.yearlyCap === null ? null : Money.fromJSON(scheme.yearlyCap),
    waitingPeriodDays: scheme.waitingPeriodDays,
  })),
  capYear: data.capYear,
  lapse: { missedMonths: data.lapse.missedMonths },
  approval: {
    approvalsRequired: data.approval.approvalsRequired,
    largeClaimLimit: Money.fromJSON(data.approval.largeClaimLimit),
    approvalsAboveLimit: data.approval.approvalsAboveLimit,
  },
  adminCostCapPercent: data.adminCostCapPercent,
  matchingTargets: data.matchingTargets.map((target) => ({ ...target })),
});
