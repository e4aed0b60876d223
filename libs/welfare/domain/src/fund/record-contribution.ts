import { addMonths, isBefore } from '@kongthun/kernel';
import { contributionDue } from '../policies/contribution-amount';
import { firstUnpaidMonth, lapsedByRule, missedMonths } from '../policies/lapse';
import { planFor, rulesInForceOn } from './fund-rules';
import { RecordContribution } from './fund.commands';
import { ContributionRecorded } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireMember, requireRegistered, requireText } from './refusals';

const MAX_MONTHS_AT_ONCE = 24;

/**
 * Records a member's contribution (เงินสัจจะ) for the next `months` unpaid months, arrears first.
 * The amount must be what the member's plan asks for that many months; a member the lapse rule
 * has already ended cannot pay their way back in (they may enrol again).
 */
export const recordContribution = (command: RecordContribution, state: FundState): ContributionRecorded[] => {
  const fund = requireRegistered(state);
  const { contributionId, memberId, months, amount, receivedOn, receiptRef } = command.data;
  const member = requireMember(fund, memberId);
  if (member.contributionIds.includes(contributionId)) {
    throw refuse('contribution.duplicate', `Contribution ${contributionId} is already recorded`, 'บันทึกเงินสัจจะรายการนี้แล้ว', {
      contributionId,
    });
  }
  if (member.status !== 'active') {
    throw refuse('member.not-active', `Member ${memberId} is ${member.status}`, 'สมาชิกไม่อยู่ในสถานะปกติ', { memberId, status: member.status });
  }
  requireFundDate(receivedOn, 'receivedOn', fund, command.metadata);
  if (isBefore(receivedOn, member.enrolledOn)) {
    throw refuse('contribution.before-enrolment', 'Money received before enrolment', 'วันที่รับเงินก่อนวันสมัครสมาชิก', { receivedOn });
  }
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS_AT_ONCE) {
    throw refuse(
      'contribution.months-invalid',
      `Months must be a whole number 1–${MAX_MONTHS_AT_ONCE}`,
      `จำนวนเดือนต้องเป็น 1–${MAX_MONTHS_AT_ONCE}`,
      { months },
    );
  }
  const rules = rulesInForceOn(fund.rules, receivedOn);
  if (lapsedByRule(member, rules.lapse.missedMonths, receivedOn)) {
    throw refuse(
      'member.lapsed',
      `Member ${memberId} missed ${missedMonths(member, receivedOn)} months and has lapsed`,
      'สมาชิกขาดส่งเงินสัจจะเกินกำหนด พ้นสภาพสมาชิกแล้ว',
      { memberId, missedMonths: missedMonths(member, receivedOn) },
    );
  }
  const plan = planFor(rules, member.planId);
  if (plan === undefined) {
    throw refuse(
      'contribution.plan-not-in-rules',
      `Plan ${member.planId} is not in rules version ${rules.version}`,
      'ไม่มีแบบการส่งเงินสัจจะของสมาชิกในระเบียบ',
      { planId: member.planId, rulesVersion: rules.version },
    );
  }
  const due = contributionDue(plan, months);
  if (!amount.equals(due)) {
    throw refuse(
      'contribution.amount-mismatch',
      `${months} months under plan ${plan.planId} is ${due.format()} baht`,
      `เงินสัจจะ ${months} เดือนต้องเป็น ${due.format()} บาท`,
      { expected: due.toJSON(), given: amount.toJSON() },
    );
  }
  const periodFrom = firstUnpaidMonth(member);
  return [
    {
      type: 'welfare.contribution.recorded',
      data: {
        fundId: fund.fundId,
        contributionId,
        memberId,
        periodFrom,
        periodTo: addMonths(periodFrom, months - 1),
        months,
        amount: amount.toJSON(),
        receivedOn,
        receiptRef: requireText(receiptRef, 'contribution.receipt-required', 'A receipt number', 'เลขที่ใบเสร็จ'),
        arrearsMonths: missedMonths(member, receivedOn),
        rulesVersion: rules.version,
      },
    },
  ];
};
