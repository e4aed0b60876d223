import { FindingDraft } from '../finding';
import { evidenceOf } from '../state/evidence';
import { grantTrailsOf } from '../state/grant-trails';
import { tableGet } from '../state/sharded-table';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * One receipt claimed twice (ใบเสร็จเดียวเบิกซ้ำ): the same keyed hash of a receipt document in
 * two expenditure reports, of two projects, two programmes, or the same project twice.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.expenditure.reported' || message.data.status !== 'submitted') return [];
  const trails = grantTrailsOf(before);
  const seenHere = new Map<string, string>();
  return message.data.lines.flatMap((line): FindingDraft[] => {
    const earlier = tableGet(trails.receipts, line.receiptHash);
    const twiceHere = seenHere.has(line.receiptHash);
    seenHere.set(line.receiptHash, line.receiptRef);
    const elsewhere = earlier !== undefined && !(earlier.unitId === message.unitId && earlier.expenditureId === message.data.expenditureId);
    if (!elsewhere && !twiceHere) return [];
    const first = earlier ?? {
      programme: message.programme,
      unitId: message.unitId,
      expenditureId: message.data.expenditureId,
      receiptRef: line.receiptRef,
      evidence: evidenceOf(message),
    };
    return [
      {
        rule: 'red-flag.receipt-claimed-twice',
        severity: 'high',
        summaryTh: `ใบเสร็จ "${line.receiptRef}" ถูกเบิกซ้ำ: รายงาน ${message.data.expenditureId} ของ ${message.unitId} และรายงาน ${first.expenditureId} ของ ${first.unitId}`,
        summary: `Receipt "${line.receiptRef}" claimed twice: report ${message.data.expenditureId} of ${message.unitId} and report ${first.expenditureId} of ${first.unitId}`,
        evidence: [first.evidence, evidenceOf(message)].filter(
          (ref, i, all) => all.findIndex((other) => other.eventId === ref.eventId) === i,
        ),
        details: {
          receiptHash: line.receiptHash,
          firstUnitId: first.unitId,
          firstProgramme: first.programme,
          firstExpenditureId: first.expenditureId,
          expenditureId: message.data.expenditureId,
          amount: line.amount,
          thresholdName: 'receiptHash',
          thresholdValue: null,
          moneyMessageIds: [...new Set([first.evidence.messageId, message.id])],
        },
      },
    ];
  });
};

export const receiptClaimedTwice: RedFlagRule = { name: 'receipt-claimed-twice', check };
