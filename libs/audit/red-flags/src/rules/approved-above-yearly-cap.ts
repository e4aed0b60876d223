import { committedInCapYear, staysWithinYearlyCap } from '../arithmetic/welfare-arithmetic';
import { capYearOf } from '../arithmetic/calendar-days';
import { distinctEvidence, FindingDraft } from '../finding';
import { amountOf } from '../state/amounts';
import { evidenceOf } from '../state/evidence';
import { keyOf } from '../state/red-flag-state';
import { tableGet } from '../state/sharded-table';
import { bahtTh } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';
import { welfareTermsOf } from './welfare-terms';

/**
 * Welfare approvals of one member and benefit above the yearly cap (อนุมัติเกินเพดานต่อปี): the
 * commitments of the cap year (calendar or Thai fiscal year, as the terms say), net of reversals,
 * with the new one. Exactly the cap is allowed.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.commitment.made') return [];
  const terms = welfareTermsOf(before, message);
  if (terms === null || terms.benefit.yearlyCap === null) return [];
  const cap = amountOf(terms.benefit.yearlyCap);
  const earlier = (tableGet(before.capClaims, keyOf(message.unitId, message.data.recipient.reference, message.data.purpose)) ?? []).map(
    (claim) => ({ ...claim, amount: amountOf(claim.amount) }),
  );
  const claim = { eventDate: terms.eventDate, amount: amountOf(message.data.amount) };
  if (staysWithinYearlyCap(cap, terms.capYear, earlier, claim)) return [];
  const year = capYearOf(terms.eventDate, terms.capYear);
  const inYear = earlier.filter((other) => capYearOf(other.eventDate, terms.capYear) === year);
  const total = committedInCapYear(earlier, terms.eventDate, terms.capYear).plus(claim.amount);
  const member = message.data.recipient.reference;
  const yearTh = terms.capYear === 'fiscal' ? `ปีงบประมาณ ${year + 543}` : `ปี ${year + 543}`;
  return [
    {
      rule: 'red-flag.approved-above-yearly-cap',
      severity: 'high',
      summaryTh: `อนุมัติสวัสดิการ ${terms.benefit.benefit} ให้สมาชิก ${member} รวม ${bahtTh(total)} ใน${yearTh} เกินเพดาน ${bahtTh(cap)}`,
      summary: `${terms.benefit.benefit} approved for member ${member} reaches ${total.format()} baht in ${terms.capYear} year ${year}, above the ${cap.format()} baht cap`,
      evidence: distinctEvidence([terms.declaration.evidence, ...inYear.map((other) => other.evidence), evidenceOf(message)]),
      details: {
        commitmentId: message.data.commitmentId,
        benefit: terms.benefit.benefit,
        capYearBasis: terms.capYear,
        capYear: year,
        total: total.toJSON(),
        amount: message.data.amount,
        ruleVersion: terms.declaration.ruleVersion,
        thresholdName: 'terms.benefits.yearlyCap',
        thresholdValue: cap.toJSON(),
        moneyMessageIds: [terms.declaration.evidence.messageId, ...inYear.map((other) => other.evidence.messageId), message.id],
      },
    },
  ];
};

export const approvedAboveYearlyCap: RedFlagRule = { name: 'approved-above-yearly-cap', check };
