import { distinctEvidence, FindingDraft } from '../finding';
import { amountOf } from '../state/amounts';
import { evidenceOf } from '../state/evidence';
import { keyOf } from '../state/red-flag-state';
import { tableGet } from '../state/sharded-table';
import { bahtTh } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * Paid more than was approved (จ่ายเกินวงเงินที่อนุมัติ): the payments against one commitment, net of
 * their reversals, above its amount net of its own reversals. Raised by the payment that crosses.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made') return [];
  const { data } = message;
  const { commitmentId } = data;
  if (commitmentId === null) return [];
  const commitment = tableGet(before.commitments, keyOf(message.programme, message.unitId, commitmentId));
  if (commitment === undefined) return [];
  const approved = amountOf(commitment.amount).minus(amountOf(commitment.reversed));
  const paid = amountOf(commitment.paid).plus(amountOf(data.amount));
  if (!paid.isGreaterThan(approved)) return [];
  return [
    {
      rule: 'red-flag.payout-above-approved',
      severity: 'high',
      areaCode: data.areaCode,
      summaryTh: `จ่ายเงินตามรายการอนุมัติ ${commitmentId} รวม ${bahtTh(paid)} เกินวงเงินที่อนุมัติ ${bahtTh(approved)}`,
      summary: `${paid.format()} baht paid against commitment ${commitmentId}, above the ${approved.format()} baht approved`,
      evidence: distinctEvidence([commitment.evidence, evidenceOf(message)]),
      details: {
        commitmentId,
        disbursementId: data.disbursementId,
        paid: paid.toJSON(),
        approved: approved.toJSON(),
        over: paid.minus(approved).toJSON(),
        thresholdName: 'commitment.amount',
        thresholdValue: approved.toJSON(),
        moneyMessageIds: [commitment.evidence.messageId, message.id],
      },
    },
  ];
};

export const payoutAboveApproved: RedFlagRule = { name: 'payout-above-approved', check };
