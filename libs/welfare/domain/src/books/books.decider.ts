import { Decider } from '@kongthun/kernel';
import { Money } from '@kongthun/kernel';
import { wouldOverdraw } from '../policies/overdraft';
import { refuse } from '../fund/refusals';
import { balanceOf } from '../fund/fund.state';
import { FundEvent } from '../fund/fund.events';
import { BooksClosed, BooksOpened, MemberMoneyCredited, MemberMoneyDebited } from '../streams/stream-events';
import { BooksCommand, CloseBooks, CreditMemberMoney, DebitMemberMoney, OpenBooks } from './books.commands';
import { BooksState, evolveBooks, initialBooks, totalsOf } from './books.state';

const requireOpen = (state: BooksState): BooksState & { fiscalYear: number } => {
  if (state.status !== 'open' || state.fiscalYear === null)
    throw refuse('books.not-open', 'These books are not open', 'บัญชีปีงบประมาณนี้ไม่ได้เปิดอยู่', { status: state.status });
  return { ...state, fiscalYear: state.fiscalYear };
};

/** A year opens once, carrying the totals, credit position and used overrides its predecessor closed with. */
export const openBooks = (command: OpenBooks, state: BooksState): BooksOpened[] => {
  const { fundId, fiscalYear, previous } = command.data;
  if (state.status !== 'unopened')
    throw refuse('books.already-opened', `The books of ${fiscalYear} are already opened`, 'เปิดบัญชีปีงบประมาณนี้แล้ว', { fiscalYear });
  if (previous !== null && (previous.fiscalYear === null || previous.fiscalYear >= fiscalYear))
    throw refuse('books.not-after-previous', `${fiscalYear} does not follow ${previous.fiscalYear}`, 'ปีงบประมาณต้องต่อจากปีก่อน', {
      fiscalYear,
      previous: previous.fiscalYear,
    });
  const carried = previous ?? initialBooks();
  return [
    {
      type: 'welfare.books.opened',
      data: {
        fundId,
        fiscalYear,
        carried: totalsOf(carried.ledger),
        creditedThrough: carried.creditedThrough,
        overridesUsed: [...carried.overridesUsed],
      },
    },
  ];
};

/** The close states the totals the year's own events add up to, so that anyone can recompute them. */
export const closeBooks = (command: CloseBooks, state: BooksState): BooksClosed[] => {
  const open = requireOpen(state);
  return [
    {
      type: 'welfare.books.closed',
      data: {
        fundId: command.data.fundId,
        fiscalYear: open.fiscalYear,
        totals: totalsOf(open.ledger),
        creditedThrough: open.creditedThrough,
        overridesUsed: [...open.overridesUsed],
      },
    },
  ];
};

/** Credits summed member money; nothing to credit decides nothing, and a range already credited is refused. */
export const creditMemberMoney = (command: CreditMemberMoney, state: BooksState): MemberMoneyCredited[] => {
  const open = requireOpen(state);
  const { fundId, amount, count, after, through } = command.data;
  if (after !== open.creditedThrough)
    throw refuse('books.credit-out-of-order', `Credited through ${open.creditedThrough}, not ${after}`, 'ช่วงที่นำเงินเข้าบัญชีไม่ต่อเนื่อง', {
      creditedThrough: open.creditedThrough,
      after,
    });
  if (count === 0) return [];
  return [{ type: 'welfare.books.member-money-credited', data: { fundId, fiscalYear: open.fiscalYear, amount, count, after, through } }];
};

/** A contribution taken back: refused if the books no longer hold it. */
export const debitMemberMoney = (command: DebitMemberMoney, state: BooksState): MemberMoneyDebited[] => {
  const open = requireOpen(state);
  const { fundId, reversalId, contributionId, memberId, amount } = command.data.reversal.data;
  const balance = balanceOf(open.ledger);
  if (wouldOverdraw(balance, Money.fromJSON(amount))) {
    throw refuse(
      'contribution.reversal-overdraws',
      'The fund no longer holds the money to take back',
      'ยอดเงินคงเหลือไม่พอสำหรับการกลับรายการ',
      {
        amount,
        balance: balance.toJSON(),
      },
    );
  }
  return [
    {
      type: 'welfare.books.member-money-debited',
      data: { fundId, fiscalYear: open.fiscalYear, reversalId, contributionId, memberId, amount },
    },
  ];
};

export const decideBooks = (command: BooksCommand, state: BooksState): FundEvent[] => {
  switch (command.type) {
    case 'OpenBooks':
      return openBooks(command, state);
    case 'CloseBooks':
      return closeBooks(command, state);
    case 'CreditMemberMoney':
      return creditMemberMoney(command, state);
    case 'DebitMemberMoney':
      return debitMemberMoney(command, state);
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown books command ${(unknown as { type: string }).type}`);
    }
  }
};

/** One fiscal year's books of a fund (`welfare-books-<fundId>-<year>`). */
export const booksDecider: Decider<BooksCommand, FundEvent, BooksState> = {
  decide: decideBooks,
  evolve: evolveBooks,
  initialState: initialBooks,
};
