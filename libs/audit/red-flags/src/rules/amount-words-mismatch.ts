import { checkFiguresMatchWords, Money } from '@kongthun/kernel';
import { FindingDraft } from '../finding';
import { baht } from './thai-wording';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * A claim whose amount in figures differs from the amount in Thai words (ตัวเลขไม่ตรงกับตัวอักษร),
 * or whose words cannot be read at all. The service refuses both, so a recorded one means the
 * check was bypassed; amounts are compared, not strings, so เอ็ด/หนึ่ง or ถ้วน/ตรง never matter.
 */
const check = ({ audited }: RuleContext): FindingDraft[] => {
  const { event } = audited;
  if (event.type !== 'welfare.claim.submitted') return [];
  const { claimId, amount, amountWords } = event.data;
  const result = checkFiguresMatchWords(amount, amountWords);
  if (result.matches) return [];
  const figures = Money.fromJSON(amount);
  if (result.reason === 'words-unreadable') {
    return [{
      rule: 'red-flag.amount-words-mismatch',
      severity: 'low',
      summaryTh: `คำขอ ${claimId}: อ่านจำนวนเงินที่เขียนเป็นตัวอักษรไม่ได้ ("${amountWords}") จำนวนเงินตัวเลข ${baht(figures)}`,
      summary: `Claim ${claimId}: the amount in words cannot be read ("${amountWords}"); figures say ${figures.format()} baht`,
      evidence: [audited.ref],
      details: { claimId, figures: figures.toJSON(), words: amountWords, wordsAmount: null, reason: result.reason },
    }];
  }
  return [{
    rule: 'red-flag.amount-words-mismatch',
    severity: 'medium',
    summaryTh: `คำขอ ${claimId}: จำนวนเงินตัวเลข ${baht(figures)} ไม่ตรงกับตัวอักษร "${amountWords}" (${baht(result.wordsAmount)})`,
    summary: `Claim ${claimId}: ${figures.format()} baht in figures, but the words say ${result.wordsAmount.format()} baht`,
    evidence: [audited.ref],
    details: { claimId, figures: figures.toJSON(), words: amountWords, wordsAmount: result.wordsAmount.toJSON(), reason: result.reason },
  }];
};

export const amountWordsMismatch: RedFlagRule = { id: 'red-flag.amount-words-mismatch', check };
