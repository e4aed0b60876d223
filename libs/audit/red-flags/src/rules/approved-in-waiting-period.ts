import { firstEligibleDay, schemeFor, waitingPeriodPassed } from '@kongthun/welfare-domain';
import { distinctRefs, FindingDraft } from '../finding';
import { rulesVersionOn } from '../view/view-queries';
import { BENEFIT_TH, thaiDate } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * A claim approved for an event inside the member's waiting period (อนุมัติในระยะเวลารอคอยสิทธิ์),
 * judged by the rules version in force on the event date as the ledger records it, never by the
 * `rulesVersion` or the decision the service wrote: a bypassed or buggy service is what this
 * catches. The waiting-period arithmetic is the domain's published policy, so that auditor and
 * fund read a rule the same way.
 */
const check = ({ after, audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.claim.approved') return [];
  const fund = after.funds.get(event.data.fundId);
  const claim = fund?.claims.get(event.data.claimId);
  const member = claim === undefined ? undefined : fund?.members.get(claim.memberId);
  if (fund === undefined || claim === undefined || member === undefined) return [];
  const inForce = rulesVersionOn(fund, claim.eventDate);
  const scheme = inForce === undefined ? undefined : schemeFor(inForce.rules, claim.benefit);
  if (inForce === undefined || scheme === undefined) return [];
  if (waitingPeriodPassed(member.enrolledOn, scheme.waitingPeriodDays, claim.eventDate)) return [];
  const firstDay = firstEligibleDay(member.enrolledOn, scheme.waitingPeriodDays);
  return [{
    rule: 'red-flag.approved-in-waiting-period',
    severity: 'medium',
    summaryTh: `อนุมัติสวัสดิการ${BENEFIT_TH[claim.benefit]}ทั้งที่ยังไม่พ้นระยะเวลารอคอยสิทธิ์ ${scheme.waitingPeriodDays} วัน`
      + ` (สมัคร ${thaiDate(member.enrolledOn)} เกิดเหตุ ${thaiDate(claim.eventDate)} มีสิทธิ์ตั้งแต่ ${thaiDate(firstDay)})`,
    summary: `A ${claim.benefit} claim was approved inside the ${scheme.waitingPeriodDays}-day waiting period`
      + ` (enrolled ${member.enrolledOn}, event ${claim.eventDate}, eligible from ${firstDay})`,
    evidence: distinctRefs([inForce.source, member.source, claim.source, audited.ref]),
    details: {
      claimId: claim.claimId, memberId: member.memberId, benefit: claim.benefit, enrolledOn: member.enrolledOn,
      eventDate: claim.eventDate, waitingPeriodDays: scheme.waitingPeriodDays, firstEligibleDay: firstDay, rulesVersion: inForce.rules.version,
    },
  }];
};

export const approvedInWaitingPeriod: RedFlagRule = { id: 'red-flag.approved-in-waiting-period', check };
