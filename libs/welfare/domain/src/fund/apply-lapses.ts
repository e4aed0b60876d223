import { isBefore } from '@kongthun/kernel';
import { lapseDate, missedMonths } from '../policies/lapse';
import { rulesInForceOn } from './fund-rules';
import { ApplyLapses } from './fund.commands';
import { MemberLapsed } from './fund.events';
import { FundState } from './fund.state';
import { requireRegistered, todayOf } from './refusals';

/**
 * Ends the membership of every active member the lapse rule (in force today) has ended, dated the
 * day the rule took effect, in member-id order. Nothing to do is not an error: it decides no events.
 */
export const applyLapses = (command: ApplyLapses, state: FundState): MemberLapsed[] => {
  const fund = requireRegistered(state);
  const today = todayOf(command.metadata);
  const rules = rulesInForceOn(fund.rules, today);
  const lapsed: MemberLapsed[] = [];
  for (const member of fund.members.values()) {
    if (member.status !== 'active') continue;
    const lapsedOn = lapseDate(member, rules.lapse.missedMonths);
    if (isBefore(today, lapsedOn)) continue;
    lapsed.push({
      type: 'welfare.member.lapsed',
      data: {
        fundId: fund.fundId,
        memberId: member.memberId,
        lapsedOn,
        missedMonths: missedMonths(member, lapsedOn),
        paidThrough: member.paidThrough,
        rulesVersion: rules.version,
      },
    });
  }
  return lapsed.sort((a, b) => (a.data.memberId < b.data.memberId ? -1 : a.data.memberId > b.data.memberId ? 1 : 0));
};
