import { ErasePersonalData } from './fund.commands';
import { ERASURE_GROUNDS, MemberPersonalDataErased } from './fund.events';
import { FundState } from './fund.state';
import { refuse, requireMember, requireRegistered, requireText } from './refusals';

/**
 * Erases a member's personal data (ลบข้อมูลส่วนบุคคล) under the PDPA by crypto-shredding: this event
 * records the order, the service deletes the member's data key. Only the committee chair
 * (ประธานกรรมการ) or an administrator acting as data protection officer may order it, because it
 * cannot be undone. The refusal code starts with `auth.` so the edge answers 403, not 422.
 */
export const erasePersonalData = (command: ErasePersonalData, state: FundState): MemberPersonalDataErased[] => {
  const fund = requireRegistered(state);
  const { memberId, ground, requestRef } = command.data;
  const { actor, now } = command.metadata;
  if (actor.role !== 'admin' && fund.committee.get(actor.userId)?.role !== 'chair') {
    throw refuse(
      'auth.chair-required',
      'Only the committee chair or an administrator may order an erasure',
      'เฉพาะประธานกรรมการหรือผู้ดูแลระบบเท่านั้นที่สั่งลบข้อมูลส่วนบุคคลได้',
      { userId: actor.userId },
    );
  }
  const member = requireMember(fund, memberId);
  if (member.personalDataErased) {
    throw refuse(
      'personal-data.already-erased',
      `The personal data of member ${memberId} is already erased`,
      'ข้อมูลส่วนบุคคลของสมาชิกนี้ถูกลบไปแล้ว',
      { memberId, personalDataRef: member.personalDataRef },
    );
  }
  if (!(ERASURE_GROUNDS as readonly string[]).includes(ground)) {
    throw refuse('member.erasure-ground-unknown', `Unknown erasure ground ${ground}`, 'ไม่รู้จักเหตุผลการลบข้อมูลนี้', {
      ground,
      known: ERASURE_GROUNDS,
    });
  }
  return [
    {
      type: 'welfare.member.personal-data-erased',
      data: {
        fundId: fund.fundId,
        memberId,
        personalDataRef: member.personalDataRef,
        ground,
        requestRef: requireText(requestRef, 'member.erasure-request-required', 'The erasure request reference', 'เลขที่คำร้องขอลบข้อมูล'),
        erasedAt: now,
      },
    },
  ];
};
