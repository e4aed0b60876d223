import { checkFiguresMatchWords, Money } from '@kongthun/kernel';
import { refuse } from '../command';

/**
 * A document's amount in figures must say what its Thai words say (ตัวเลขตรงกับตัวอักษร): a
 * budget letter or an agreement is refused, never guessed at, when the two disagree.
 */
export const requireWordsMatch = (amount: Money, words: string, mismatchCode: string, unreadableCode: string): void => {
  const check = checkFiguresMatchWords(amount.toDecimalString(), words);
  if (check.matches) return;
  if (check.reason === 'words-unreadable')
    throw refuse(unreadableCode, `The amount in words cannot be read: ${words}`, 'อ่านจำนวนเงินตัวอักษรไม่ได้', { words });
  throw refuse(
    mismatchCode,
    `The amount in figures (${amount.format()}) differs from the words (${check.wordsAmount.format()})`,
    'จำนวนเงินตัวเลขไม่ตรงกับตัวอักษร',
    { figures: amount.toDecimalString(), words: check.wordsAmount.toDecimalString() },
  );
};
