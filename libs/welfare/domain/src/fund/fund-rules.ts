import { CalendarDate, isBefore } from '@kongthun/kernel';
import { DomainError, Money } from '@kongthun/kernel';

/** Benefits a fund may offer (สวัสดิการ); amounts and conditions are each fund's own. */
export const BENEFIT_KINDS = ['birth', 'sickness', 'death', 'elderly', 'disability', 'education'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** Who adds matching money (เงินสมทบ) besides members. */
export const MATCHING_SOURCES = ['codi', 'local-government', 'other'] as const;
export type MatchingSource = (typeof MATCHING_SOURCES)[number];

/** A way to pay contributions (เงินสัจจะ), e.g. 1 baht a day as 30 a month or 90/180/360 at once. */
export interface ContributionPlan {
  planId: string;
  name: string;
  /** One month's contribution; also the rate arrears are valued at. */
  monthlyAmount: Money;
  /** Amounts accepted for several months at once, e.g. 12 months for 365.00 where the fund says so. */
  lumpSums: { months: number; amount: Money }[];
}

/** One benefit as the rules define it (ระเบียบสวัสดิการ). */
export interface BenefitScheme {
  benefit: BenefitKind;
  /** Per event, or per night in hospital for `per: 'hospital-night'`. */
  amount: Money;
  per: 'event' | 'hospital-night';
  /** Most one member may receive for this benefit in one cap year; null for no cap. */
  yearlyCap: Money | null;
  /** Days of membership before the benefit can be claimed (ระยะเวลารอคอยสิทธิ์); 0 for none. */
  waitingPeriodDays: number;
}

/** The fund's rules (ระเบียบกองทุน) as adopted, before they get a version number. */
export interface FundRulesProposal {
  /** The first day these rules apply (inclusive, Bangkok date). */
  effectiveFrom: CalendarDate;
  /** Paid once at enrolment (ค่าสมัคร). */
  joiningFee: Money;
  contributionPlans: ContributionPlan[];
  benefits: BenefitScheme[];
  /** Whether yearly caps count by calendar year or by Thai fiscal year (Oct–Sep). */
  capYear: 'calendar' | 'fiscal';
  /** Membership ends after this many months without a contribution (ขาดส่งเงินสัจจะ). */
  lapse: { missedMonths: number };
  /** Committee approvals a claim needs; a claim above `largeClaimLimit` needs `approvalsAboveLimit`. */
  approval: { approvalsRequired: number; largeClaimLimit: Money; approvalsAboveLimit: number };
  /** Most of the money received that may go on administration (ค่าบริหารจัดการ), in percent. */
  adminCostCapPercent: number;
  /** The 3-party target: each source's matching money as a percentage of member contributions. */
  matchingTargets: { source: MatchingSource; percentOfMemberContributions: number }[];
}

/** A version of the rules; every decision that applied rules cites `version`. */
export interface FundRules extends FundRulesProposal {
  version: number;
}

const invalid = (field: string, message: string, messageTh: string): DomainError =>
  new DomainError('rules.invalid', `Fund rules: ${message}`, { messageTh: `ระเบียบกองทุนไม่ถูกต้อง: ${messageTh}`, details: { field } });

const isCount = (n: number, min: number): boolean => Number.isInteger(n) && n >= min;

/** Refuses rules that could never be applied, with `rules.invalid` naming the field. */
export const validateRules = (rules: FundRulesProposal): void => {
  if (rules.joiningFee.isNegative()) throw invalid('joiningFee', 'joining fee is negative', 'ค่าสมัครติดลบ');
  if (rules.contributionPlans.length === 0) throw invalid('contributionPlans', 'no contribution plan', 'ไม่มีแบบการส่งเงินสัจจะ');
  if (new Set(rules.contributionPlans.map((p) => p.planId)).size !== rules.contributionPlans.length) {
    throw invalid('contributionPlans', 'plan ids repeat', 'รหัสแบบการส่งเงินซ้ำกัน');
  }
  for (const plan of rules.contributionPlans) {
    if (plan.monthlyAmount.isNegative() || plan.monthlyAmount.isZero())
      throw invalid('monthlyAmount', 'monthly amount must be positive', 'เงินสัจจะรายเดือนต้องมากกว่าศูนย์');
    if (plan.lumpSums.some((l) => !isCount(l.months, 1) || l.amount.isNegative() || l.amount.isZero())) {
      throw invalid('lumpSums', 'lump sums need whole months and a positive amount', 'การส่งล่วงหน้าต้องระบุจำนวนเดือนและจำนวนเงินที่มากกว่าศูนย์');
    }
  }
  if (new Set(rules.benefits.map((b) => b.benefit)).size !== rules.benefits.length)
    throw invalid('benefits', 'a benefit appears twice', 'สวัสดิการซ้ำกัน');
  for (const scheme of rules.benefits) {
    if (scheme.amount.isNegative() || scheme.amount.isZero())
      throw invalid('benefits.amount', `${scheme.benefit} amount must be positive`, 'จำนวนเงินสวัสดิการต้องมากกว่าศูนย์');
    if (scheme.yearlyCap !== null && scheme.yearlyCap.isLessThan(scheme.amount)) {
      throw invalid('benefits.yearlyCap', `${scheme.benefit} yearly cap is below one payment`, 'เพดานต่อปีต่ำกว่าจำนวนเงินหนึ่งครั้ง');
    }
    if (!isCount(scheme.waitingPeriodDays, 0))
      throw invalid('benefits.waitingPeriodDays', 'waiting period must be whole days', 'ระยะเวลารอคอยต้องเป็นจำนวนวันเต็ม');
  }
  if (!isCount(rules.lapse.missedMonths, 1))
    throw invalid('lapse.missedMonths', 'lapse needs at least one missed month', 'จำนวนเดือนที่ขาดส่งต้องอย่างน้อย 1 เดือน');
  const { approvalsRequired, approvalsAboveLimit, largeClaimLimit } = rules.approval;
  if (!isCount(approvalsRequired, 1))
    throw invalid('approval.approvalsRequired', 'a claim needs at least one approval', 'ต้องมีผู้อนุมัติอย่างน้อย 1 คน');
  if (!isCount(approvalsAboveLimit, approvalsRequired)) {
    throw invalid('approval.approvalsAboveLimit', 'large claims cannot need fewer approvals', 'ยอดสูงต้องมีผู้อนุมัติไม่น้อยกว่ายอดปกติ');
  }
  if (largeClaimLimit.isNegative()) throw invalid('approval.largeClaimLimit', 'limit is negative', 'วงเงินติดลบ');
  if (!isCount(rules.adminCostCapPercent, 0) || rules.adminCostCapPercent > 100) {
    throw invalid('adminCostCapPercent', 'admin cap must be a whole percent 0–100', 'เพดานค่าบริหารต้องเป็นร้อยละ 0–100');
  }
  if (rules.matchingTargets.some((t) => !isCount(t.percentOfMemberContributions, 0))) {
    throw invalid('matchingTargets', 'matching target must be a whole percent', 'เป้าหมายเงินสมทบต้องเป็นร้อยละจำนวนเต็ม');
  }
  if (new Set(rules.matchingTargets.map((t) => t.source)).size !== rules.matchingTargets.length) {
    throw invalid('matchingTargets', 'a source appears twice', 'แหล่งเงินสมทบซ้ำกัน');
  }
};

/** The version in force on a date: the latest whose `effectiveFrom` is on or before it. */
export const rulesInForceOn = (versions: readonly FundRules[], date: CalendarDate): FundRules => {
  let inForce: FundRules | undefined;
  for (const rules of versions) if (!isBefore(date, rules.effectiveFrom)) inForce = rules;
  if (inForce === undefined) {
    throw new DomainError('rules.none-in-force', `No fund rules were in force on ${date}`, {
      messageTh: `ไม่มีระเบียบกองทุนที่ใช้บังคับในวันที่ ${date}`,
      details: { date },
    });
  }
  return inForce;
};

export const schemeFor = (rules: FundRules, benefit: BenefitKind): BenefitScheme | undefined =>
  rules.benefits.find((scheme) => scheme.benefit === benefit);

export const planFor = (rules: FundRules, planId: string): ContributionPlan | undefined =>
  rules.contributionPlans.find((plan) => plan.planId === planId);
