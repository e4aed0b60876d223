import { eligibleAfterWaitingPeriod } from '../arithmetic/welfare-arithmetic';
import { daysBetween } from '../arithmetic/calendar-days';
import { distinctEvidence, FindingDraft } from '../finding';
import { evidenceOf } from '../state/evidence';
import { thaiDate } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';
import { welfareTermsOf } from './welfare-terms';

/**
 * A welfare benefit approved for an event inside the member's waiting period (อนุมัติในระยะรอคอย
 * สิทธิ์), by the terms in force on the event date, with the auditor's own day arithmetic.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.commitment.made') return [];
  const terms = welfareTermsOf(before, message);
  const memberSince = message.data.recipient.memberSince;
  if (terms === null || memberSince === null) return [];
  const { waitingPeriodDays, benefit } = terms.benefit;
  if (eligibleAfterWaitingPeriod(memberSince, waitingPeriodDays, terms.eventDate)) return [];
  const member = message.data.recipient.reference;
  return [
    {
      rule: 'red-flag.approved-in-waiting-period',
      severity: 'high',
      summaryTh: `อนุมัติสวัสดิการ ${benefit} ให้สมาชิก ${member} สำหรับเหตุวันที่ ${thaiDate(terms.eventDate)} ซึ่งยังอยู่ในระยะรอคอยสิทธิ์ ${waitingPeriodDays} วัน นับจากวันที่ ${thaiDate(memberSince)}`,
      summary: `${benefit} approved for member ${member} for an event on ${terms.eventDate}, inside the ${waitingPeriodDays}-day waiting period from ${memberSince}`,
      evidence: distinctEvidence([terms.declaration.evidence, evidenceOf(message)]),
      details: {
        commitmentId: message.data.commitmentId,
        benefit,
        memberSince,
        eventDate: terms.eventDate,
        daysOfMembership: daysBetween(memberSince, terms.eventDate),
        ruleVersion: terms.declaration.ruleVersion,
        thresholdName: 'terms.benefits.waitingPeriodDays',
        thresholdValue: waitingPeriodDays,
        moneyMessageIds: [terms.declaration.evidence.messageId, message.id],
      },
    },
  ];
};

export const approvedInWaitingPeriod: RedFlagRule = { name: 'approved-in-waiting-period', check };
