import { isBefore } from '@kongthun/kernel';
import { RecordMemberDeath } from './fund.commands';
import { MemberDied } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireMember, requireRegistered, requireText } from './refusals';

/** Records a member's death (ถึงแก่กรรม) on the evidence of a death certificate reference. */
export const recordMemberDeath = (command: RecordMemberDeath, state: FundState): MemberDied[] => {
  const fund = requireRegistered(state);
  const { memberId, diedOn, evidenceRef } = command.data;
  const member = requireMember(fund, memberId);
  if (member.status === 'deceased')
    throw refuse('member.already-deceased', `Member ${memberId} is already recorded as deceased`, 'บันทึกการเสียชีวิตของสมาชิกแล้ว', { memberId });
  requireFundDate(diedOn, 'diedOn', fund, command.metadata);
  if (isBefore(diedOn, member.enrolledOn)) {
    throw refuse('member.died-before-enrolment', 'Date of death is before enrolment', 'วันที่เสียชีวิตก่อนวันสมัครสมาชิก', { diedOn });
  }
  return [
    {
      type: 'welfare.member.died',
      data: {
        fundId: fund.fundId,
        memberId,
        diedOn,
        evidenceRef: requireText(evidenceRef, 'member.evidence-required', 'A death certificate reference', 'หลักฐานการเสียชีวิต'),
      },
    },
  ];
};
