import { checkFiguresMatchWords, fiscalYearRange, Money } from '@kongthun/kernel';
import { MATCHING_SOURCES } from './fund-rules';
import { RecordMatchingFunds } from './fund.commands';
import { MatchingFundsReceived } from './fund.events';
import { FundState } from './fund.state';
import { requireFundDate } from './plausible-dates';
import { refuse, requirePositive, requireRegistered, requireText } from './refusals';

/**
 * Records matching money (เงินสมทบ) from CODI (พอช.), local government (อบต./เทศบาล/อบจ.) or another
 * source, against the fiscal year it matches, with the document that proves it.
 */
export const recordMatchingFunds = (command: RecordMatchingFunds, state: FundState): MatchingFundsReceived[] => {
  const fund = requireRegistered(state);
  const { matchingId, source, sourceName, fiscalYear, amount, receivedOn, documentRef, amountWords = null } = command.data;
  if (fund.recordedIds.has(matchingId)) {
    throw refuse('matching.duplicate', `Matching money ${matchingId} is already recorded`, 'บันทึกเงินสมทบรายการนี้แล้ว', { matchingId });
  }
  if (!MATCHING_SOURCES.includes(source)) {
    throw refuse('matching.unknown-source', `Unknown matching source ${String(source)}`, 'ไม่รู้จักแหล่งเงินสมทบนี้', { source: String(source) });
  }
  fiscalYearRange(fiscalYear);
  requirePositive(amount, 'matching.amount-not-positive');
  requireFundDate(receivedOn, 'receivedOn', fund, command.metadata);
  if (amountWords !== null) requireWordsMatch(amount, amountWords);
  return [
    {
      type: 'welfare.matching-funds.received',
      data: {
        fundId: fund.fundId,
        matchingId,
        source,
        sourceName: requireText(sourceName, 'matching.source-name-required', 'The name of the source', 'ชื่อหน่วยงานที่สมทบ'),
        fiscalYear,
        amount: amount.toJSON(),
        receivedOn,
        documentRef: requireText(documentRef, 'matching.document-required', 'A document reference', 'เลขที่เอกสารอ้างอิง'),
        amountWords,
      },
    },
  ];
};

/**
 * A letter that states 380,000 in figures and สามล้านแปดแสนบาทถ้วน (3,800,000) in words is not
 * guessed at: it is refused, and the treasurer asks the source which it meant.
 */
const requireWordsMatch = (amount: Money, words: string): void => {
  const check = checkFiguresMatchWords(amount.toJSON(), words);
  if (check.matches) return;
  if (check.reason === 'words-unreadable') {
    throw refuse('matching.amount-words-unreadable', 'The amount in words cannot be read', 'อ่านจำนวนเงินที่เขียนเป็นตัวอักษรไม่ได้', {
      figures: amount.toJSON(),
    });
  }
  throw refuse(
    'matching.amount-words-mismatch',
    `The amount in figures (${check.figures.format()}) differs from the words (${check.wordsAmount.format()})`,
    'จำนวนเงินตัวเลขไม่ตรงกับตัวอักษร',
    { figures: check.figures.toJSON(), words: check.wordsAmount.toJSON() },
  );
};
