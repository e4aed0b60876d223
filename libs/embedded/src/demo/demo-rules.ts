import { RulesRequest } from '@kongthun/welfare-service/demo-support';

/** Rules of the demo fund: 1 baht a day, and benefits with waiting periods (DOMAIN.md, "Facts"). */
export const demoRules: RulesRequest = {
  joiningFee: '10.00',
  contributionPlans: [
    {
      planId: 'baht-a-day',
      name: 'วันละบาท (1 baht a day)',
      monthlyAmount: '30.00',
      lumpSums: [
        { months: 3, amount: '90.00' },
        { months: 6, amount: '180.00' },
        { months: 12, amount: '360.00' },
      ],
    },
  ],
  benefits: [
    { benefit: 'birth', amount: '500.00', per: 'event', yearlyCap: null, waitingPeriodDays: 180 },
    { benefit: 'sickness', amount: '100.00', per: 'hospital-night', yearlyCap: '1000.00', waitingPeriodDays: 180 },
    { benefit: 'death', amount: '3000.00', per: 'event', yearlyCap: null, waitingPeriodDays: 365 },
  ],
  capYear: 'fiscal',
  lapse: { missedMonths: 3 },
  approval: { approvalsRequired: 2, largeClaimLimit: '2000.00', approvalsAboveLimit: 3 },
  adminCostCapPercent: 20,
  matchingTargets: [
    { source: 'codi', percentOfMemberContributions: 100 },
    { source: 'local-government', percentOfMemberContributions: 100 },
  ],
};
