import { Command } from '../fund/fund.commands';
import { ContributionReversed } from '../fund/fund.events';
import { BooksState } from './books.state';

/** Opens a fiscal year's books with what the year before closed with (null: the fund's first books). */
export type OpenBooks = Command<'OpenBooks', { fundId: string; fiscalYear: number; previous: BooksState | null }>;
export type CloseBooks = Command<'CloseBooks', { fundId: string }>;
/** Member money the crediting process summed from the log after `after` through `through`. */
export type CreditMemberMoney = Command<
  'CreditMemberMoney',
  { fundId: string; amount: string; count: number; after: string | null; through: string }
>;
/** Takes a contribution reversal out of the books before it is recorded on the member's stream. */
export type DebitMemberMoney = Command<'DebitMemberMoney', { reversal: ContributionReversed }>;

export type BooksCommand = OpenBooks | CloseBooks | CreditMemberMoney | DebitMemberMoney;
