import { Money } from '@kongthun/kernel';
import { distinctEvidence, FindingDraft } from '../finding';
import { amountOf } from '../state/amounts';
import { evidenceOf } from '../state/evidence';
import { latestDeclaration, unitOf } from '../state/unit-declarations';
import { bahtTh } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * Administration spending over its cap (ค่าบริหารเกินเพดาน): payments of kind `administration`
 * without an exception resolution, net of reversals, above `adminCostCapPercent` of the money the
 * unit received (net of reversals and refunds). Raised by each such payment while over the cap.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made' || message.data.kind !== 'administration' || message.data.exceptionRef !== null) return [];
  const unit = unitOf(before, message.programme, message.unitId);
  const terms = latestDeclaration(unit);
  if (unit === undefined || terms === undefined || terms.adminCostCapPercent === null) return [];
  const received = amountOf(unit.received);
  const spent = amountOf(unit.adminSpent).plus(amountOf(message.data.amount));
  // Percent in hundredths, so a cap such as 12.5 stays exact in whole satang arithmetic.
  const basisPoints = BigInt(Math.round(terms.adminCostCapPercent * 100));
  if (spent.satang * 10_000n <= received.satang * basisPoints) return [];
  const cap = received.times(basisPoints).satang / 10_000n;
  return [
    {
      rule: 'red-flag.admin-spending-over-cap',
      severity: 'medium',
      areaCode: message.data.areaCode,
      summaryTh: `ค่าบริหารของ ${message.programme}/${message.unitId} รวม ${bahtTh(spent)} เกินเพดานร้อยละ ${terms.adminCostCapPercent} ของเงินรับ ${bahtTh(received)}`,
      summary: `Administration spending of ${message.programme}/${message.unitId} reaches ${spent.format()} baht, above ${terms.adminCostCapPercent}% of the ${received.format()} baht received`,
      evidence: distinctEvidence([terms.evidence, evidenceOf(message)]),
      details: {
        disbursementId: message.data.disbursementId,
        spent: spent.toJSON(),
        received: received.toJSON(),
        capAmount: Money.ofSatang(cap).toJSON(),
        thresholdName: 'unit.adminCostCapPercent',
        thresholdValue: terms.adminCostCapPercent,
        ruleVersion: terms.ruleVersion,
        moneyMessageIds: [terms.evidence.messageId, message.id],
      },
    },
  ];
};

export const adminSpendingOverCap: RedFlagRule = { name: 'admin-spending-over-cap', check };
