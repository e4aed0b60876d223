import { Money } from '@kongthun/kernel';
import { FindingDraft } from '../finding';
import { amountOf } from '../state/amounts';
import { partsInWindow, splitCandidateOf } from '../state/split-parts';
import { bahtTh } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * Several commitments (or payments made without one) to one recipient within a window, each just
 * under the unit's approval limit and together over it (แบ่งจ่ายเพื่อเลี่ยงวงเงินอนุมัติ): one large
 * award split so that each part needs fewer approvals.
 */
const check = ({ before, message, config }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.commitment.made' && message.type !== 'money.disbursement.made') return [];
  const candidate = splitCandidateOf(before, message, config);
  if (candidate === null) return [];
  const parts = partsInWindow(before, candidate, config);
  const total = Money.sum(parts.map((part) => amountOf(part.amount)));
  const limit = amountOf(candidate.limit);
  const { windowDays, marginPercent, minPayments } = config.splitPayments;
  if (parts.length < minPayments || !total.isGreaterThan(limit)) return [];
  const what = message.type === 'money.commitment.made' ? 'commitments' : 'payments';
  return [
    {
      rule: 'red-flag.split-under-approval-limit',
      severity: 'medium',
      areaCode: message.type === 'money.disbursement.made' ? message.data.areaCode : null,
      summaryTh: `ผู้รับรายเดียวกันได้รับการอนุมัติ ${parts.length} ครั้งภายใน ${windowDays} วัน แต่ละครั้งต่ำกว่าวงเงินอนุมัติ ${bahtTh(limit)} เพียงเล็กน้อย รวม ${bahtTh(total)} (อาจแบ่งจ่ายเพื่อเลี่ยงการอนุมัติ)`,
      summary: `${parts.length} ${what} to one recipient within ${windowDays} days, each just under the ${limit.format()} baht approval limit, ${total.format()} baht in all (possible split to avoid approval)`,
      evidence: parts.map((part) => part.evidence),
      details: {
        parts: parts.length,
        what,
        total: total.toJSON(),
        approvalLimit: limit.toJSON(),
        windowDays,
        marginPercent,
        minPayments,
        thresholdName: 'splitPayments',
        thresholdValue: `windowDays=${windowDays} marginPercent=${marginPercent} minPayments=${minPayments} approvalLimit=${limit.toJSON()}`,
        moneyMessageIds: parts.map((part) => part.evidence.messageId),
      },
    },
  ];
};

export const splitUnderApprovalLimit: RedFlagRule = { name: 'split-under-approval-limit', check };
