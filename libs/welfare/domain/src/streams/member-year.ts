import { fiscalYearOfDate, isBefore, Money } from '@kongthun/kernel';
import { Claim, ContributionEntry, RegisteredFund } from '../fund/fund.state';
import { CarriedClaimData, CarriedContributionData, MemberYearClosed, MemberYearOpened } from './stream-events';

/**
 * The first day from which a claim's event date can still matter to a claim decided in `fiscalYear`:
 * 1 January of the calendar year before the one the fiscal year starts in. A yearly cap (calendar or
 * fiscal year) counts claims of the event's year, and a claim is filed for an event of this year or
 * the one before; waiting periods count from enrolment, which the member record carries.
 */
export const claimsCarriedFrom = (fiscalYear: number): string => `${fiscalYear - 545}-01-01`;

const carriedClaim = (claim: Claim): CarriedClaimData => ({
  claimId: claim.claimId,
  benefit: claim.benefit,
  eventDate: claim.eventDate,
  hospitalNights: claim.hospitalNights,
  amount: claim.amount.toJSON(),
  amountWords: claim.amountWords,
  submittedBy: claim.submittedBy,
  rulesVersion: claim.rulesVersion,
  status: claim.status,
  approverIds: [...claim.approverIds],
  approvedOn: claim.approvedOn,
  payoutId: claim.payoutId,
});

const carriedContribution = (entry: ContributionEntry): CarriedContributionData => ({
  contributionId: entry.contributionId,
  amount: entry.amount.toJSON(),
  receivedOn: entry.receivedOn,
  periodFrom: entry.periodFrom,
  periodTo: entry.periodTo,
  reversed: entry.reversed,
});

/**
 * Opens `memberId`'s `fiscalYear` from the fund folded with the member's latest earlier year. Carried:
 * the member record (status, plan, paid-through, death, erasure); claims still awaiting approval or
 * payment, death claims (paid once in a life), and claims whose event falls on or after
 * `claimsCarriedFrom` (the yearly cap); contributions received in the year before or later, and the
 * latest standing one (reversals go latest first; repeats of a receipt are refused within that window).
 * Bounded by two years of a member's activity, whatever the member's age.
 */
export const openMemberYear = (fund: RegisteredFund, memberId: string, fiscalYear: number): MemberYearOpened | null => {
  const member = fund.members.get(memberId);
  if (member === undefined) return null;
  const from = claimsCarriedFrom(fiscalYear);
  const claims = [...fund.claims.values()].filter(
    (claim) =>
      claim.memberId === memberId &&
      (claim.status === 'submitted' || claim.status === 'approved' || claim.benefit === 'death' || !isBefore(claim.eventDate, from)),
  );
  const entries = member.contributionIds.flatMap((id) => {
    const entry = fund.contributions.get(id);
    return entry === undefined ? [] : [entry];
  });
  const standing = entries.filter((entry) => !entry.reversed);
  const latest = standing[standing.length - 1];
  const contributions = entries.filter((entry) => entry === latest || fiscalYearOfDate(entry.receivedOn) >= fiscalYear - 1);
  return {
    type: 'welfare.member.year-opened',
    data: {
      fundId: fund.fundId,
      memberId,
      fiscalYear,
      member: { ...member, contributionIds: contributions.map((entry) => entry.contributionId) },
      claims: claims.map(carriedClaim),
      contributions: contributions.map(carriedContribution),
    },
  };
};

export const closeMemberYear = (fundId: string, memberId: string, fiscalYear: number): MemberYearClosed => ({
  type: 'welfare.member.year-closed',
  data: { fundId, memberId, fiscalYear },
});

/** The fund with a member's year opened: the carried records replace what the fund held of them. */
export const carryIn = (state: RegisteredFund, data: MemberYearOpened['data']): RegisteredFund => {
  const { memberId } = data;
  const claims = data.claims.reduce(
    (map, claim) => map.with(claim.claimId, { ...claim, memberId, amount: Money.fromJSON(claim.amount) }),
    state.claims,
  );
  const contributions = data.contributions.reduce(
    (map, entry) => map.with(entry.contributionId, { ...entry, memberId, amount: Money.fromJSON(entry.amount) }),
    state.contributions,
  );
  return { ...state, members: state.members.with(memberId, data.member), claims, contributions };
};
