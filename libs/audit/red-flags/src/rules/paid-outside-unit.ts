import { distinctEvidence, FindingDraft } from '../finding';
import { withinPeriod } from '../arithmetic/calendar-days';
import { evidenceOf } from '../state/evidence';
import { declarationOn, unitOf } from '../state/unit-declarations';
import { thaiDate } from '../wording/thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * A payment outside the area or the period of its programme unit (จ่ายนอกพื้นที่/นอกช่วงเวลา): its
 * area code under none of the unit's area prefixes, or its day outside `activeFrom`–`activeUntil`
 * of the terms in force that day. A unit not yet declared is not judged.
 */
const check = ({ before, message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.disbursement.made') return [];
  const { data } = message;
  const terms = declarationOn(unitOf(before, message.programme, message.unitId), data.paidOn);
  if (terms === undefined) return [];
  const evidence = distinctEvidence([terms.evidence, evidenceOf(message)]);
  const moneyMessageIds = evidence.map((ref) => ref.messageId);
  const unit = `${message.programme}/${message.unitId}`;
  const findings: FindingDraft[] = [];
  if (!terms.areaCodes.some((prefix) => data.areaCode.startsWith(prefix))) {
    findings.push({
      rule: 'red-flag.paid-outside-unit-area',
      severity: 'medium',
      areaCode: data.areaCode,
      summaryTh: `จ่ายเงิน ${data.disbursementId} ในพื้นที่ ${data.areaCode} นอกพื้นที่ของ ${unit} (${terms.areaCodes.join(', ')})`,
      summary: `Payment ${data.disbursementId} went to area ${data.areaCode}, outside the areas of ${unit} (${terms.areaCodes.join(', ')})`,
      evidence,
      details: {
        disbursementId: data.disbursementId,
        paidAreaCode: data.areaCode,
        thresholdName: 'unit.areaCodes',
        thresholdValue: terms.areaCodes.join(','),
        ruleVersion: terms.ruleVersion,
        moneyMessageIds,
      },
    });
  }
  if (!withinPeriod(data.paidOn, terms.activeFrom, terms.activeUntil)) {
    const period = `${terms.activeFrom}..${terms.activeUntil ?? ''}`;
    findings.push({
      rule: 'red-flag.paid-outside-unit-period',
      severity: 'medium',
      areaCode: data.areaCode,
      summaryTh: `จ่ายเงิน ${data.disbursementId} วันที่ ${thaiDate(data.paidOn)} นอกช่วงดำเนินการของ ${unit} (${thaiDate(terms.activeFrom)} – ${terms.activeUntil === null ? 'ไม่กำหนด' : thaiDate(terms.activeUntil)})`,
      summary: `Payment ${data.disbursementId} made on ${data.paidOn}, outside the active period of ${unit} (${period})`,
      evidence,
      details: {
        disbursementId: data.disbursementId,
        paidOn: data.paidOn,
        thresholdName: 'unit.activeFrom..activeUntil',
        thresholdValue: period,
        ruleVersion: terms.ruleVersion,
        moneyMessageIds,
      },
    });
  }
  return findings;
};

export const paidOutsideUnit: RedFlagRule = { name: 'paid-outside-unit', check };
