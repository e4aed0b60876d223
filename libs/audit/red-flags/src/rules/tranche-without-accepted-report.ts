import { FindingDraft } from '../finding';
import { evidenceOf } from '../state/evidence';
import { grantTrailsOf, trancheKeyOf } from '../state/grant-trails';
import { tableGet } from '../state/sharded-table';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * A tranche (งวด) paid against a commitment that already had one, with no expenditure report
 * accepted since the one before: the money moved on before anyone accounted for the last.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made' || message.data.kind !== 'grant-tranche' || message.data.commitmentId === null) return [];
  const trail = tableGet(grantTrailsOf(before).tranches, trancheKeyOf(message.programme, message.unitId, message.data.commitmentId));
  if (trail === undefined || trail.disbursed === 0 || trail.acceptedSinceLast) return [];
  const n = trail.disbursed + 1;
  return [
    {
      rule: 'red-flag.tranche-without-accepted-report',
      severity: 'high',
      areaCode: message.data.areaCode,
      summaryTh: `เบิกจ่ายงวดที่ ${n} ของ ${message.unitId} (${message.data.amount} บาท) โดยยังไม่มีรายงานการใช้จ่ายของงวดก่อนที่ได้รับการรับรอง`,
      summary: `Tranche ${n} of ${message.unitId} (${message.data.amount} baht) paid with no expenditure report accepted since tranche ${n - 1}`,
      evidence: [evidenceOf(message)],
      details: {
        commitmentId: message.data.commitmentId,
        trancheNumber: n,
        amount: message.data.amount,
        thresholdName: 'accepted expenditure before the next tranche',
        thresholdValue: 1,
        moneyMessageIds: [message.id],
      },
    },
  ];
};

export const trancheWithoutAcceptedReport: RedFlagRule = { name: 'tranche-without-accepted-report', check };
