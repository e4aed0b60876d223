import { Money } from '@kongthun/kernel';
import { ContributionPlan } from '../fund/fund-rules';

/**
 * What a payment for `months` months must be under a plan: the lump sum the rules set for that
 * many months (e.g. 12 months for 365.00), otherwise the monthly amount times the months.
 */
export const contributionDue = (plan: ContributionPlan, months: number): Money =>
  plan.lumpSums.find((lump) => lump.months === months)?.amount ?? plan.monthlyAmount.times(months);
