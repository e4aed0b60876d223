import { isDomainError } from './domain-error';
import { Money } from './money';

/**
 * Whether an amount in figures agrees with the same amount in words (ตัวเลขตรงกับตัวอักษร).
 *
 * Thai documents state money twice, and the two disagree more often than one would hope: a
 * 2017 Phuket news report gave one grant as "380,000 บาท" and "สามล้านแปดแสนบาทถ้วน" (3,800,000).
 * Comparing amounts rather than strings means spacing, เอ็ด/หนึ่ง and ถ้วน/ตรง do not matter.
 *
 * Words that cannot be read are a finding, not a crash: the result says so and carries no
 * `wordsAmount`. Figures that cannot be read are refused (`money.malformed` and friends), since
 * there is then nothing to check against.
 */
export type FiguresWordsCheck =
  | { matches: true; figures: Money; wordsAmount: Money }
  | { matches: false; reason: 'amounts-differ'; figures: Money; wordsAmount: Money }
  | { matches: false; reason: 'words-unreadable'; figures: Money; wordsAmount?: undefined };

export const checkFiguresMatchWords = (figures: string, words: string): FiguresWordsCheck => {
  const figuresAmount = Money.parse(figures);
  let wordsAmount: Money;
  try {
    wordsAmount = Money.fromThaiWords(words);
  } catch (error: unknown) {
    if (isDomainError(error) && error.code === 'money.words-unreadable') {
      return { matches: false, reason: 'words-unreadable', figures: figuresAmount };
    }
    throw error;
  }
  return figuresAmount.equals(wordsAmount)
    ? { matches: true, figures: figuresAmount, wordsAmount }
    : { matches: false, reason: 'amounts-differ', figures: figuresAmount, wordsAmount };
};
