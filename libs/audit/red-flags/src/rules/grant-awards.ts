import { Money } from '@kongthun/kernel';
import { dayNumber } from '../arithmetic/calendar-days';
import { FindingDraft } from '../finding';
import { amountOf, justUnderLimit } from '../state/amounts';
import { AwardPart, awardKeyOf, awardPartOf, grantTrailsOf } from '../state/grant-trails';
import { tableGet } from '../state/sharded-table';
import { bahtTh } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

const awardsWithin = (context: RuleContext, windowDays: number): { part: AwardPart; parts: AwardPart[] } | null => {
  const { before, message } = context;
  const part = awardPartOf(before, message);
  if (part === null || message.type !== 'money.commitment.made') return null;
  const earlier = tableGet(grantTrailsOf(before).awards, awardKeyOf(message.programme, message.data.recipient.reference)) ?? [];
  const day = dayNumber(part.day);
  return { part, parts: [...earlier.filter((other) => Math.abs(dayNumber(other.day) - day) <= windowDays), part] };
};

/**
 * One organisation winning many awards of one programme in a short window (ทุนกระจุกตัว): the
 * pattern of one contractor winning many contracts at once.
 */
const concentrated = (context: RuleContext): FindingDraft[] => {
  const { windowDays, minAwards } = context.config.awardConcentration;
  const found = awardsWithin(context, windowDays);
  if (found === null || found.parts.length < minAwards || context.message.type !== 'money.commitment.made') return [];
  const who = context.message.data.recipient.reference;
  const total = Money.sum(found.parts.map((p) => amountOf(p.amount)));
  return [
    {
      rule: 'red-flag.awards-concentrated',
      severity: 'medium',
      summaryTh: `${who} ได้รับทุน ${found.parts.length} โครงการภายใน ${windowDays} วัน รวม ${bahtTh(total)}`,
      summary: `${who} won ${found.parts.length} awards within ${windowDays} days, ${total.format()} baht in all`,
      evidence: found.parts.map((p) => p.evidence),
      details: {
        recipientReference: who,
        awards: found.parts.length,
        units: found.parts.map((p) => p.unitId),
        total: total.toJSON(),
        thresholdName: 'awardConcentration',
        thresholdValue: `windowDays=${windowDays} minAwards=${minAwards}`,
        moneyMessageIds: found.parts.map((p) => p.evidence.messageId),
      },
    },
  ];
};

/**
 * Awards to one organisation split across projects so that each stays just under the approval
 * tier (แยกโครงการเลี่ยงอำนาจอนุมัติ): together above the limit a higher authority should have decided.
 */
const split = (context: RuleContext): FindingDraft[] => {
  const { windowDays, marginPercent, minPayments } = context.config.splitPayments;
  const found = awardsWithin(context, windowDays);
  if (found === null || found.part.limit === null || context.message.type !== 'money.commitment.made') return [];
  const limit = amountOf(found.part.limit);
  const under = found.parts.filter((p) => p.limit !== null && justUnderLimit(amountOf(p.amount), amountOf(p.limit), marginPercent));
  const total = Money.sum(under.map((p) => amountOf(p.amount)));
  if (!under.includes(found.part) || under.length < minPayments || !total.isGreaterThan(limit)) return [];
  const who = context.message.data.recipient.reference;
  return [
    {
      rule: 'red-flag.awards-split-under-tier',
      severity: 'medium',
      summaryTh: `${who} ได้รับทุน ${under.length} โครงการภายใน ${windowDays} วัน แต่ละโครงการต่ำกว่าวงเงินอำนาจอนุมัติ ${bahtTh(limit)} เล็กน้อย รวม ${bahtTh(total)}`,
      summary: `${under.length} awards to ${who} within ${windowDays} days, each just under the ${limit.format()} baht approval tier, ${total.format()} baht in all`,
      evidence: under.map((p) => p.evidence),
      details: {
        recipientReference: who,
        parts: under.length,
        units: under.map((p) => p.unitId),
        total: total.toJSON(),
        approvalLimit: limit.toJSON(),
        thresholdName: 'splitPayments',
        thresholdValue: `windowDays=${windowDays} marginPercent=${marginPercent} minPayments=${minPayments} approvalLimit=${limit.toJSON()}`,
        moneyMessageIds: under.map((p) => p.evidence.messageId),
      },
    },
  ];
};

export const awardsConcentrated: RedFlagRule = { name: 'awards-concentrated', check: concentrated };
export const awardsSplitUnderTier: RedFlagRule = { name: 'awards-split-under-tier', check: split };
