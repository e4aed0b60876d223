import { Money } from '@kongthun/kernel';
import { rulesToData } from '../fund/fund-rules.data';
import { withRuleDefaults } from '../fund/adopt-rules';
import { CommandMetadata, RulesInput } from '../fund/fund.commands';
import { fundDecider } from '../fund/fund.decider';
import {
  BeneficiaryData,
  ClaimApproved,
  ClaimSubmitted,
  CommitteeMemberData,
  ContributionRecorded,
  FundRegistered,
  MatchingFundsReceived,
  MemberEnrolled,
} from '../fund/fund.events';
import { BenefitKind, MatchingSource } from '../fund/fund-rules';
import { deciderSpec } from './given-when-then';

/**
 * Sample data: the community welfare fund of Talat Yai subdistrict (ตำบลตลาดใหญ่), Mueang Phuket,
 * DOPA code 830101. Phuket PAO has subsidised such funds since 2012 (seed 002). People appear
 * only as references and keyed hashes, as in real events; the Thai names are in comments.
 */
export const FUND_ID = 'talat-yai';
export const given = deciderSpec(fundDecider);

export const CHAIR = 'u-somchai'; // นายสมชาย ใจดี, ประธาน
export const TREASURER = 'u-malee'; // นางมาลี ทองคำ, เหรัญญิก
export const PRASERT = 'u-prasert'; // นายประเสริฐ ศรีสุข, กรรมการ
export const WANIDA = 'u-wanida'; // นางวนิดา แก้วมณี, กรรมการ
export const ANAN = 'u-anan'; // นายอนันต์ บุญมา, กรรมการ

export const hashOf = (who: string): string => `hmac-${who}`;

const seat = (userId: string, role: CommitteeMemberData['role']): CommitteeMemberData => ({
  userId,
  role,
  citizenIdHash: hashOf(userId),
  personalDataRef: `pd-${userId}`,
});
export const COMMITTEE: CommitteeMemberData[] = [
  seat(CHAIR, 'chair'),
  seat(TREASURER, 'treasurer'),
  seat(PRASERT, 'member'),
  seat(WANIDA, 'member'),
  seat(ANAN, 'member'),
];

/** The founding rules: 1 baht a day, the usual benefits, 3 missed months lapse, 2 approvals (3 above 5,000). */
export const rulesV1 = (): RulesInput => ({
  joiningFee: Money.ofBaht(10),
  contributionPlans: [
    {
      planId: 'one-baht-a-day',
      name: 'วันละบาท',
      monthlyAmount: Money.ofBaht(30),
      lumpSums: [
        { months: 3, amount: Money.ofBaht(90) },
        { months: 6, amount: Money.ofBaht(180) },
        { months: 12, amount: Money.ofBaht(360) },
      ],
    },
  ],
  benefits: [
    { benefit: 'birth', amount: Money.ofBaht(1_000), per: 'event', yearlyCap: null, waitingPeriodDays: 180 },
    { benefit: 'sickness', amount: Money.ofBaht(200), per: 'hospital-night', yearlyCap: Money.ofBaht(2_000), waitingPeriodDays: 180 },
    { benefit: 'death', amount: Money.ofBaht(10_000), per: 'event', yearlyCap: null, waitingPeriodDays: 365 },
    { benefit: 'elderly', amount: Money.ofBaht(500), per: 'event', yearlyCap: Money.ofBaht(500), waitingPeriodDays: 365 },
  ],
  capYear: 'calendar',
  lapse: { missedMonths: 3 },
  approval: { approvalsRequired: 2, largeClaimLimit: Money.ofBaht(5_000), approvalsAboveLimit: 3 },
  matchingTargets: [
    { source: 'codi', percentOfMemberContributions: 100 },
    { source: 'local-government', percentOfMemberContributions: 100 },
  ],
});

export const FOUNDED_ON = '2022-10-01';

export const meta = (now: string, userId = TREASURER, role = 'treasurer'): CommandMetadata => ({ now, actor: { userId, role } });

export const fundRegistered = (): FundRegistered => ({
  type: 'welfare.fund.registered',
  data: {
    fundId: FUND_ID,
    name: 'กองทุนสวัสดิการชุมชนตำบลตลาดใหญ่',
    areaCode: '830101',
    foundedOn: FOUNDED_ON,
    committee: COMMITTEE,
    rules: rulesToData({ ...withRuleDefaults(rulesV1(), FOUNDED_ON), version: 1 }),
  },
});

export const beneficiaryOf = (memberId: string): BeneficiaryData => ({
  personalDataRef: `pd-beneficiary-${memberId}`,
  citizenIdHash: hashOf(`beneficiary-${memberId}`),
  relationship: 'บุตร',
});

export const memberEnrolled = (memberId: string, enrolledOn: string, citizenIdHash = hashOf(memberId)): MemberEnrolled => ({
  type: 'welfare.member.enrolled',
  data: {
    fundId: FUND_ID,
    memberId,
    citizenIdHash,
    personalDataRef: `pd-${memberId}`,
    planId: 'one-baht-a-day',
    beneficiary: beneficiaryOf(memberId),
    enrolledOn,
    joiningFee: '10.00',
    rulesVersion: 1,
  },
});

/** `months` of 30 baht from `periodFrom`, received on `receivedOn`. */
export const contributionRecorded = (memberId: string, periodFrom: string, months: number, receivedOn: string): ContributionRecorded => {
  const [year, month] = periodFrom.split('-').map(Number);
  const last = year * 12 + month - 1 + months - 1;
  return {
    type: 'welfare.contribution.recorded',
    data: {
      fundId: FUND_ID,
      contributionId: `c-${memberId}-${periodFrom}`,
      memberId,
      periodFrom,
      periodTo: `${Math.floor(last / 12)}-${String((last % 12) + 1).padStart(2, '0')}`,
      months,
      amount: Money.ofBaht(30).times(months).toJSON(),
      receivedOn,
      receiptRef: `R-${memberId}-${periodFrom}`,
      arrearsMonths: 0,
      rulesVersion: 1,
    },
  };
};

export const matchingReceived = (matchingId: string, source: MatchingSource, amount: string, fiscalYear = 2566): MatchingFundsReceived => ({
  type: 'welfare.matching-funds.received',
  data: {
    fundId: FUND_ID,
    matchingId,
    source,
    sourceName: source === 'codi' ? 'สถาบันพัฒนาองค์กรชุมชน (พอช.)' : 'เทศบาลนครภูเก็ต',
    fiscalYear,
    amount,
    receivedOn: '2023-03-15',
    documentRef: `DOC-${matchingId}`,
    amountWords: null,
  },
});

export const claimSubmitted = (
  claimId: string,
  memberId: string,
  benefit: BenefitKind,
  eventDate: string,
  amount: string,
  options: { hospitalNights?: number; submittedBy?: string } = {},
): ClaimSubmitted => ({
  type: 'welfare.claim.submitted',
  data: {
    fundId: FUND_ID,
    claimId,
    memberId,
    benefit,
    eventDate,
    hospitalNights: options.hospitalNights ?? null,
    evidenceRefs: [`ev-${claimId}`],
    amount,
    amountWords: Money.fromJSON(amount).toThaiWords(),
    submittedBy: options.submittedBy ?? TREASURER,
    rulesVersion: 1,
  },
});

/** The quorum's approval of `claimId`, with the facts the decider copies from the member, the claim and the committee. */
export const claimApproved = (
  claimId: string,
  memberId: string,
  benefit: BenefitKind,
  eventDate: string,
  amount: string,
  approverIds: string[],
  options: { enrolledOn?: string; approvalsRequired?: number } = {},
): ClaimApproved => ({
  type: 'welfare.claim.approved',
  data: {
    fundId: FUND_ID,
    claimId,
    amount,
    approverIds,
    approvalsRequired: options.approvalsRequired ?? 2,
    rulesVersion: 1,
    memberId,
    recipientCitizenIdHash: hashOf(memberId),
    memberSince: options.enrolledOn ?? '2023-01-01',
    benefit,
    eventDate,
    amountWords: Money.fromJSON(amount).toThaiWords(),
    approvers: approverIds.map((userId) => ({ userId, citizenIdHash: hashOf(userId) })),
  },
});
