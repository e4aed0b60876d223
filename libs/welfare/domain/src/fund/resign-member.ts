import { ResignMember } from './fund.commands';
import { MemberResigned } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requireMember, requireRegistered, requireText } from './refusals';

/** A member leaves the fund of their own will (ลาออก). */
export const resignMember = (command: ResignMember, state: FundState): MemberResigned[] => {
  const fund = requireRegistered(state);
  const { memberId, resignedOn, reason } = command.data;
  const member = requireMember(fund, memberId);
  if (member.status !== 'active') {
    throw refuse('member.not-active', `Member ${memberId} is ${member.status}`, 'สมาชิกไม่อยู่ในสถานะปกติ', { memberId, status: member.status });
  }
  requireFundDate(resignedOn, 'resignedOn', fund, command.metadata);
  return [
    {
      type: 'welfare.member.resigned',
      data: {
        fundId: fund.fundId,
        memberId,
        resignedOn,
        reason: requireText(reason, 'member.reason-required', 'A reason', 'เหตุผลการลาออก'),
      },
    },
  ];
};
