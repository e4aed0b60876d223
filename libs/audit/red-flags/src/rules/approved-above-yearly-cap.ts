import { Money } from '@kongthun/kernel';
import { capYearOf, schemeFor } from '@kongthun/welfare-domain';
import { distinctRefs, FindingDraft } from '../finding';
import { ClaimView } from '../view/audit-view';
import { rulesVersionOn } from '../view/view-queries';
import { baht, BENEFIT_TH } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * Approvals that take a member past the yearly cap of a benefit (อนุมัติเกินเพดานต่อปี), recomputed
 * from the ledger: every claim of the member for that benefit approved in the same cap year, at the
 * approved amounts, against the cap of the rules version in force on this claim's event date.
 * Reaching the cap exactly is allowed, as in the fund's rules.
 */
const check = ({ after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.claim.approved') return [];
  const fund = after.funds.get(event.data.fundId);
  const claim = fund?.claims.get(event.data.claimId);
  const member = claim === undefined ? undefined : fund?.members.get(claim.memberId);
  if (fund === undefined || claim === undefined || member === undefined) return [];
  const inForce = rulesVersionOn(fund, claim.eventDate);
  const cap = inForce === undefined ? null : schemeFor(inForce.rules, claim.benefit)?.yearlyCap ?? null;
  if (inForce === undefined || cap === null) return [];
  const year = capYearOf(claim.eventDate, inForce.rules.capYear);
  const counted = member.claimIds
    .map((claimId) => fund.claims.get(claimId))
    .filter((other): other is ClaimView & { approved: NonNullable<ClaimView['approved']> } =>
      other !== undefined && other.approved !== null && !other.rejected && other.benefit === claim.benefit
      && capYearOf(other.eventDate, inForce.rules.capYear) === year);
  const total = Money.sum(counted.map((other) => other.approved.amount));
  if (!total.isGreaterThan(cap)) return [];
  const yearLabel = inForce.rules.capYear === 'fiscal' ? `ปีงบประมาณ ${year}` : `ปี ค.ศ. ${year}`;
  return [{
    rule: 'red-flag.approved-above-yearly-cap',
    severity: 'high',
    summaryTh: `อนุมัติสวัสดิการ${BENEFIT_TH[claim.benefit]}รวม ${baht(total)} เกินเพดานต่อปี ${baht(cap)} (${yearLabel})`,
    summary: `${claim.benefit} approvals for one member total ${total.format()} baht, above the yearly cap of ${cap.format()} (${inForce.rules.capYear} year ${year})`,
    evidence: distinctRefs([inForce.source, member.source, ...counted.flatMap((other) => [other.source, other.approved.source])]),
    details: {
      claimId: claim.claimId, memberId: member.memberId, benefit: claim.benefit, capYear: year, capYearBasis: inForce.rules.capYear,
      cap: cap.toJSON(), approvedInYear: total.toJSON(), rulesVersion: inForce.rules.version,
    },
  }];
};

export const approvedAboveYearlyCap: RedFlagRule = { id: 'red-flag.approved-above-yearly-cap', check };
