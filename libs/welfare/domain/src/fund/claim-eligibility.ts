import { CalendarDate } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';
import { entitlementFor } from '../policies/benefit-entitlement';
import { lapsedByRule } from '../policies/lapse';
import { firstEligibleDay, waitingPeriodPassed } from '../policies/waiting-period';
import { claimedInCapYear, remainingUnderCap, withinYearlyCap } from '../policies/yearly-cap';
import { BenefitKind, FundRules, schemeFor } from './fund-rules';
import { Member, RegisteredFund } from './fund.state';
import { refuse } from './refusals';

export interface ClaimRequest {
  benefit: BenefitKind;
  eventDate: CalendarDate;
  hospitalNights: number | null;
  amount: Money;
}

const requireMemberCovered = (member: Member, rules: FundRules, request: ClaimRequest): void => {
  const { memberId, status, diedOn } = member;
  if (request.benefit === 'death') {
    if (status !== 'deceased' || diedOn === null) {
      throw refuse(
        'claim.death-not-recorded',
        "Record the member's death before claiming the death benefit",
        'ต้องบันทึกการเสียชีวิตของสมาชิกก่อนยื่นขอสวัสดิการกรณีเสียชีวิต',
        { memberId },
      );
    }
    if (request.eventDate !== diedOn) {
      throw refuse('claim.not-date-of-death', `The death benefit is for the date of death, ${diedOn}`, 'วันที่เกิดเหตุต้องเป็นวันที่เสียชีวิต', {
        diedOn,
      });
    }
  } else if (status !== 'active') {
    throw refuse('member.not-active', `Member ${memberId} is ${status}`, 'สมาชิกไม่อยู่ในสถานะปกติ', { memberId, status });
  }
  if (lapsedByRule(member, rules.lapse.missedMonths, request.eventDate)) {
    throw refuse(
      'member.not-active',
      `Member ${memberId} had missed ${rules.lapse.missedMonths} months by ${request.eventDate}`,
      'สมาชิกขาดส่งเงินสัจจะเกินกำหนด ณ วันที่เกิดเหตุ',
      { memberId, status: 'lapsed-by-rule' },
    );
  }
};

/**
 * Whether a member may claim a benefit under the rules in force on the event date: covered (active,
 * or dead for the death benefit), past the waiting period, within the entitlement and the yearly cap.
 */
export const checkEligibility = (fund: RegisteredFund, member: Member, rules: FundRules, request: ClaimRequest): void => {
  const { benefit, eventDate, hospitalNights, amount } = request;
  const scheme = schemeFor(rules, benefit);
  if (scheme === undefined) {
    throw refuse('claim.benefit-not-in-rules', `Rules version ${rules.version} has no ${benefit} benefit`, 'ระเบียบกองทุนไม่มีสวัสดิการประเภทนี้', {
      benefit,
      rulesVersion: rules.version,
    });
  }
  requireMemberCovered(member, rules, request);
  if (!waitingPeriodPassed(member.enrolledOn, scheme.waitingPeriodDays, eventDate)) {
    const firstDay = firstEligibleDay(member.enrolledOn, scheme.waitingPeriodDays);
    throw refuse(
      'claim.waiting-period',
      `The ${benefit} benefit can be claimed for events from ${firstDay}`,
      `ยังไม่พ้นระยะเวลารอคอยสิทธิ์ ${scheme.waitingPeriodDays} วัน`,
      { firstEligibleDay: firstDay, waitingPeriodDays: scheme.waitingPeriodDays },
    );
  }
  if (scheme.per === 'hospital-night' && (hospitalNights === null || !Number.isInteger(hospitalNights) || hospitalNights < 1)) {
    throw refuse(
      'claim.hospital-nights-required',
      'A per-night benefit needs the number of nights in hospital',
      'ต้องระบุจำนวนคืนที่นอนโรงพยาบาล',
    );
  }
  const entitlement = entitlementFor(scheme, hospitalNights);
  if (amount.isGreaterThan(entitlement)) {
    throw refuse(
      'claim.amount-above-entitlement',
      `The rules allow at most ${entitlement.format()} baht`,
      `ระเบียบกำหนดให้ไม่เกิน ${entitlement.format()} บาท`,
      { entitlement: entitlement.toJSON(), amount: amount.toJSON() },
    );
  }
  const counted = [...fund.claims.values()].filter(
    (c) => c.memberId === member.memberId && c.benefit === benefit && c.status !== 'rejected',
  );
  if (benefit === 'death' && counted.length > 0) {
    throw refuse('claim.already-claimed', 'The death benefit has already been claimed', 'มีการยื่นขอสวัสดิการกรณีเสียชีวิตแล้ว', {
      claimId: counted[0].claimId,
    });
  }
  const already = claimedInCapYear(counted, eventDate, rules.capYear);
  if (!withinYearlyCap(scheme.yearlyCap, already, amount)) {
    const remaining = remainingUnderCap(scheme.yearlyCap, already) ?? Money.zero;
    throw refuse(
      'claim.yearly-cap-exceeded',
      `Only ${remaining.format()} baht of the yearly ${benefit} cap is left`,
      `เกินเพดานสวัสดิการต่อปี คงเหลือสิทธิ์ ${remaining.format()} บาท`,
      { remaining: remaining.toJSON(), amount: amount.toJSON() },
    );
  }
};
