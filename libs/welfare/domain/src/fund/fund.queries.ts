import { CalendarDate } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';
import { arrearsAmount, missedMonths } from '../policies/lapse';
import { MatchingRow, threePartyMatching } from '../policies/three-party-matching';
import { planFor, rulesInForceOn } from './fund-rules';
import { balanceOf, FundingSource, RegisteredFund } from './fund.state';
import { refuse, requireMember } from './refusals';

/** The fund's books in one view: received by source, paid out by kind, and the pooled balance. */
export interface FundBalance {
  receivedBySource: Readonly<Record<FundingSource, Money>>;
  benefitsPaid: Money;
  adminSpent: Money;
  balance: Money;
}

export const fundBalance = (fund: RegisteredFund): FundBalance => ({
  receivedBySource: fund.ledger.receivedBySource,
  benefitsPaid: fund.ledger.benefitsPaid,
  adminSpent: fund.ledger.adminSpent,
  balance: balanceOf(fund.ledger),
});

/** A member's arrears (เงินค้างส่ง) on a date, valued at their plan's monthly amount under the rules then in force. */
export const memberArrears = (fund: RegisteredFund, memberId: string, onDate: CalendarDate): { months: number; amount: Money } => {
  const member = requireMember(fund, memberId);
  const rules = rulesInForceOn(fund.rules, onDate);
  const plan = planFor(rules, member.planId);
  if (plan === undefined) {
    throw refuse(
      'contribution.plan-not-in-rules',
      `Plan ${member.planId} is not in rules version ${rules.version}`,
      'ไม่มีแบบการส่งเงินสัจจะของสมาชิกในระเบียบ',
      { planId: member.planId },
    );
  }
  return { months: missedMonths(member, onDate), amount: arrearsAmount(member, plan.monthlyAmount, onDate) };
};

/**
 * The 3-party view for a fiscal year (BE): member contributions received that year, and what each
 * source should have matched against them under the targets of the rules in force on `onDate`.
 */
export const threePartyView = (
  fund: RegisteredFund,
  fiscalYear: number,
  onDate: CalendarDate,
): { memberContributions: Money; rows: MatchingRow[] } => {
  const memberContributions = fund.ledger.contributionsByFiscalYear.get(fiscalYear) ?? Money.zero;
  const matched = fund.ledger.matchingByFiscalYear.get(fiscalYear) ?? {
    codi: Money.zero,
    'local-government': Money.zero,
    other: Money.zero,
  };
  const rules = rulesInForceOn(fund.rules, onDate);
  return { memberContributions, rows: threePartyMatching(memberContributions, matched, rules.matchingTargets) };
};
