import { distinctEvidence, FindingDraft } from '../finding';
import { evidenceOf } from '../state/evidence';
import { keyOf } from '../state/red-flag-state';
import { tableGet } from '../state/sharded-table';
import { thaiDate } from '../wording/thai-wording';
import { coversOverlap, purposesOverlap } from './purposes-overlap';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * The same person paid twice for one need (จ่ายซ้ำซ้อน): the same keyed citizen-ID hash, the same
 * or an overlapping purpose (configuration), the same event day or an overlapping period, in one
 * unit or across units and programmes. Each later payment is paired with the first one still in
 * effect; a payment reversed in full no longer counts. Paying one commitment twice is
 * `payout-above-approved`'s business.
 */
const check = ({ before, message, config }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made' || message.data.kind === 'administration') return [];
  const { data } = message;
  const hash = data.recipient?.citizenIdHash ?? null;
  if (hash === null) return [];
  const key = keyOf(message.programme, message.unitId, data.disbursementId);
  const commitmentKey = data.commitmentId === null ? null : keyOf(message.programme, message.unitId, data.commitmentId);
  const first = (tableGet(before.needsPaid, hash) ?? []).find(
    (need) =>
      need.disbursementKey !== key &&
      (commitmentKey === null || need.commitmentKey !== commitmentKey) &&
      purposesOverlap(need, { programme: message.programme, purpose: data.purpose }, config) &&
      coversOverlap(need, data.covers),
  );
  if (first === undefined) return [];
  const crossUnit = first.programme !== message.programme || first.unitId !== message.unitId;
  const when = data.covers.eventDate ?? `${data.covers.periodFrom}..${data.covers.periodTo}`;
  const whenTh =
    data.covers.eventDate !== null
      ? `เหตุวันที่ ${thaiDate(data.covers.eventDate)}`
      : `ช่วง ${data.covers.periodFrom} ถึง ${data.covers.periodTo}`;
  const where = crossUnit
    ? `${first.programme}/${first.unitId} และ ${message.programme}/${message.unitId}`
    : `${message.programme}/${message.unitId}`;
  return [
    {
      rule: 'red-flag.duplicate-payment',
      severity: 'high',
      areaCode: data.areaCode,
      summaryTh: `จ่ายซ้ำซ้อน: บุคคลเดียวกันได้รับเงิน (${first.purpose} / ${data.purpose}) สำหรับ${whenTh} สองครั้ง จาก ${where}`,
      summary: `Duplicate payment: the same person was paid twice (${first.purpose} / ${data.purpose}) for ${when} by ${where.replace(' และ ', ' and ')}`,
      evidence: distinctEvidence([first.evidence, evidenceOf(message)]),
      details: {
        crossUnit,
        crossProgramme: first.programme !== message.programme,
        purpose: data.purpose,
        firstPurpose: first.purpose,
        eventDate: data.covers.eventDate,
        periodFrom: data.covers.periodFrom,
        periodTo: data.covers.periodTo,
        firstProgramme: first.programme,
        firstUnitId: first.unitId,
        firstAmount: first.amount,
        amount: data.amount,
        thresholdName: 'duplicatePayment.overlappingPurposes',
        thresholdValue: JSON.stringify(config.duplicatePayment.overlappingPurposes),
        moneyMessageIds: [first.evidence.messageId, message.id],
      },
    },
  ];
};

export const duplicatePayment: RedFlagRule = { name: 'duplicate-payment', check };
