import { isBefore } from '@kongthun/kernel';
import { planFor, rulesInForceOn } from './fund-rules';
import { EnrolMember } from './fund.commands';
import { MemberEnrolled } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requirePastDate, requireRegistered, requireText } from './refusals';

/**
 * Enrols a member (รับสมัครสมาชิก) identified only by the keyed hash of their citizen ID. A person may
 * hold one live membership; a lapsed or resigned person may join again as a new member, and a
 * person recorded as dead may not join at all (a ghost-member pattern auditors look for).
 */
export const enrolMember = (command: EnrolMember, state: FundState): MemberEnrolled[] => {
  const fund = requireRegistered(state);
  const { memberId, citizenIdHash, personalDataRef, planId, beneficiary, enrolledOn, joiningFee } = command.data;
  if (fund.members.has(memberId)) throw refuse('member.duplicate', `Member ${memberId} already exists`, 'รหัสสมาชิกนี้มีอยู่แล้ว', { memberId });
  requireText(citizenIdHash, 'member.personal-data-required', 'The citizen-ID hash', 'ข้อมูลบัตรประชาชน');
  requireText(personalDataRef, 'member.personal-data-required', 'The personal data reference', 'ข้อมูลส่วนบุคคล');
  requirePastDate(enrolledOn, 'enrolledOn', command.metadata);
  if (isBefore(enrolledOn, fund.foundedOn)) {
    throw refuse('member.enrolled-before-founding', `Enrolment ${enrolledOn} is before the fund was founded`, 'วันสมัครก่อนวันก่อตั้งกองทุน', {
      enrolledOn,
    });
  }
  for (const other of fund.members.values()) {
    if (other.citizenIdHash !== citizenIdHash) continue;
    if (other.status === 'deceased')
      throw refuse('member.deceased', 'This person is recorded as deceased', 'บุคคลนี้มีบันทึกว่าเสียชีวิตแล้ว', { memberId: other.memberId });
    if (other.status === 'active')
      throw refuse('member.already-enrolled', 'This person is already a member', 'บุคคลนี้เป็นสมาชิกอยู่แล้ว', { memberId: other.memberId });
  }
  requireText(beneficiary.personalDataRef, 'member.beneficiary-required', 'A death beneficiary', 'ผู้รับผลประโยชน์');
  if (beneficiary.citizenIdHash === citizenIdHash) {
    throw refuse('member.beneficiary-is-member', 'A member cannot be their own beneficiary', 'สมาชิกไม่สามารถเป็นผู้รับผลประโยชน์ของตนเองได้');
  }
  const rules = rulesInForceOn(fund.rules, enrolledOn);
  if (planFor(rules, planId) === undefined) {
    throw refuse('member.plan-not-in-rules', `Plan ${planId} is not in rules version ${rules.version}`, 'ไม่มีแบบการส่งเงินสัจจะนี้ในระเบียบ', {
      planId,
      rulesVersion: rules.version,
    });
  }
  if (!joiningFee.equals(rules.joiningFee)) {
    throw refuse(
      'member.joining-fee-mismatch',
      `The joining fee is ${rules.joiningFee.format()} baht`,
      `ค่าสมัครต้องเป็น ${rules.joiningFee.format()} บาท`,
      { expected: rules.joiningFee.toJSON(), given: joiningFee.toJSON() },
    );
  }
  return [
    {
      type: 'welfare.member.enrolled',
      data: {
        fundId: fund.fundId,
        memberId,
        citizenIdHash,
        personalDataRef,
        planId,
        beneficiary: { ...beneficiary },
        enrolledOn,
        joiningFee: joiningFee.toJSON(),
        rulesVersion: rules.version,
      },
    },
  ];
};
