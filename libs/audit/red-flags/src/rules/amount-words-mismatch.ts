import { checkFiguresMatchWords, isDomainError } from '@kongthun/kernel';
import { FindingDraft } from '../finding';
import { evidenceOf } from '../state/evidence';
import { RedFlagRule, RuleContext } from './red-flag-rule';

/**
 * Figures that disagree with the Thai words of the same document (ตัวเลขไม่ตรงกับตัวอักษร), on
 * money in, commitments and payments; words that cannot be read are a finding too. Compared as
 * amounts by the kernel, so spacing, เอ็ด/หนึ่ง and ถ้วน/ตรง do not matter.
 */
const check = ({ message }: RuleContext): FindingDraft[] => {
  if (message.type !== 'money.in.received' && message.type !== 'money.commitment.made' && message.type !== 'money.disbursement.made')
    return [];
  const document = message.data.document;
  if (document === null || document.amountFigures === null || document.amountWords === null) return [];
  let check;
  try {
    check = checkFiguresMatchWords(document.amountFigures, document.amountWords);
  } catch (error: unknown) {
    if (isDomainError(error)) return []; // the contract's figures pattern makes this unreachable; no finding on unreadable figures
    throw error;
  }
  if (check.matches) return [];
  const wordsAmount = check.reason === 'amounts-differ' ? check.wordsAmount.toJSON() : null;
  return [
    {
      rule: 'red-flag.amount-words-mismatch',
      severity: 'medium',
      areaCode: message.type === 'money.disbursement.made' ? message.data.areaCode : null,
      summaryTh:
        check.reason === 'amounts-differ'
          ? `เอกสาร ${document.reference}: จำนวนเงินตัวเลข ${check.figures.format()} ไม่ตรงกับตัวอักษร "${document.amountWords}" (${check.wordsAmount.format()})`
          : `เอกสาร ${document.reference}: อ่านจำนวนเงินตัวอักษร "${document.amountWords}" ไม่ได้`,
      summary:
        check.reason === 'amounts-differ'
          ? `Document ${document.reference}: the figures ${check.figures.format()} differ from the words (${check.wordsAmount.format()})`
          : `Document ${document.reference}: the amount in words cannot be read`,
      evidence: [evidenceOf(message)],
      details: {
        messageType: message.type,
        reason: check.reason,
        documentReference: document.reference,
        figures: check.figures.toJSON(),
        wordsAmount,
        words: document.amountWords,
        amount: message.data.amount,
        thresholdName: 'figures = words',
        thresholdValue: 0,
        moneyMessageIds: [message.id],
      },
    },
  ];
};

export const amountWordsMismatch: RedFlagRule = { name: 'amount-words-mismatch', check };
