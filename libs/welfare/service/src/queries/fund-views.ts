import { Money } from '@kongthun/kernel';
import { fundBalance, memberArrears, RegisteredFund, rulesInForceOn, threePartyView } from '@kongthun/welfare-domain';
import { threePartyReportOf, withArrears } from './served-views';
import { statusOnDay } from './status-on-day';

const baht = (money: Money) => money.toJSON();

/**
 * The views as a fold of a whole fund's state: what the service answered before read models, kept
 * as the reference the projection's documents are tested against (and for the restart test).
 */

/** Fund overview: who runs it, rules in force, and the books by source of money. */
export const fundOverview = (fund: RegisteredFund) => {
  const balance = fundBalance(fund);
  return {
    fundId: fund.fundId,
    name: fund.name,
    areaCode: fund.areaCode,
    foundedOn: fund.foundedOn,
    rulesVersion: fund.rules[fund.rules.length - 1].version,
    committee: [...fund.committee.values()].map(({ userId, role }) => ({ userId, role })),
    members: countBy([...fund.members.values()].map((member) => member.status)),
    claims: countBy([...fund.claims.values()].map((claim) => claim.status)),
    receivedBySource: Object.fromEntries(Object.entries(balance.receivedBySource).map(([source, amount]) => [source, baht(amount)])),
    benefitsPaid: baht(balance.benefitsPaid),
    adminSpent: baht(balance.adminSpent),
    balance: baht(balance.balance),
  };
};

/** A member's statement without arrears, which depend on the day it is read: what the read model keeps. */
export const memberStatementLines = (fund: RegisteredFund, memberId: string) => {
  const member = fund.members.get(memberId);
  const claims = [...fund.claims.values()].filter((claim) => claim.memberId === memberId);
  return {
    memberId,
    status: member?.status,
    planId: member?.planId,
    enrolledOn: member?.enrolledOn,
    paidThrough: member?.paidThrough,
    // Standing contributions: a reversed one no longer counts.
    contributions: member?.contributionIds.filter((id) => fund.contributions.get(id)?.reversed !== true).length ?? 0,
    claims: claims.map((claim) => ({
      claimId: claim.claimId,
      benefit: claim.benefit,
      eventDate: claim.eventDate,
      amount: baht(claim.amount),
      status: claim.status,
      payout: claim.payoutId ? { payoutId: claim.payoutId, reversed: fund.payouts.get(claim.payoutId)?.reversed ?? false } : null,
    })),
  };
};

export type MemberStatementLines = ReturnType<typeof memberStatementLines>;

/** A member's statement (ใบแจ้งยอดสมาชิก): contributions, arrears today, claims and payouts; the status the lapse rule gives today. */
export const memberStatement = (fund: RegisteredFund, memberId: string, today: string) => {
  const arrears = memberArrears(fund, memberId, today);
  const lines = memberStatementLines(fund, memberId);
  const member = fund.members.get(memberId);
  const status = member === undefined ? lines.status : statusOnDay(lines.status, member, rulesInForceOn(fund.rules, today), today);
  return withArrears({ ...lines, status }, arrears);
};

/** Claims awaiting committee approval, oldest first, with the approvals they still need. */
export const claimsQueue = (fund: RegisteredFund) =>
  [...fund.claims.values()]
    .filter((claim) => claim.status === 'submitted')
    .map((claim) => ({
      claimId: claim.claimId,
      memberId: claim.memberId,
      benefit: claim.benefit,
      eventDate: claim.eventDate,
      amount: baht(claim.amount),
      approverIds: claim.approverIds,
      rulesVersion: claim.rulesVersion,
    }));

/** The 3-party matching report for a BE fiscal year: what each source should have matched, and the gap. */
export const threePartyReport = (fund: RegisteredFund, fiscalYear: number, today: string) =>
  threePartyReportOf(fiscalYear, threePartyView(fund, fiscalYear, today));

const countBy = (values: string[]): Record<string, number> =>
  values.reduce<Record<string, number>>((counts, value) => ({ ...counts, [value]: (counts[value] ?? 0) + 1 }), {});
