import { AppointCommitteeMember } from './fund.commands';
import { CommitteeMemberAppointed } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireRegistered, requireText } from './refusals';
import { requireChair } from './require-chair';

/** Seats an elected committee member (กรรมการ) on the chair's order; one chair at a time. */
export const appointCommitteeMember = (command: AppointCommitteeMember, state: FundState): CommitteeMemberAppointed[] => {
  const fund = requireRegistered(state);
  requireChair(fund, command.metadata, 'seat a committee member', 'แต่งตั้งกรรมการ');
  const { member, appointedOn } = command.data;
  requireFundDate(appointedOn, 'appointedOn', fund, command.metadata);
  requireText(member.citizenIdHash, 'committee.personal-data-required', "A committee member's citizen-ID hash", 'ข้อมูลบัตรประชาชนของกรรมการ');
  requireText(member.personalDataRef, 'committee.personal-data-required', "A committee member's personal data", 'ข้อมูลส่วนบุคคลของกรรมการ');
  const sitting = [...fund.committee.values()];
  if (sitting.some((other) => other.userId === member.userId || other.citizenIdHash === member.citizenIdHash)) {
    throw refuse('committee.already-member', `${member.userId} already sits on the committee`, 'บุคคลนี้เป็นกรรมการอยู่แล้ว', {
      userId: member.userId,
    });
  }
  if (member.role === 'chair' && sitting.some((other) => other.role === 'chair')) {
    throw refuse('committee.chair-taken', 'The fund already has a chair', 'กองทุนมีประธานอยู่แล้ว');
  }
  return [{ type: 'welfare.committee.member-appointed', data: { fundId: fund.fundId, member: { ...member }, appointedOn } }];
};
