import { Money } from '@kongthun/kernel';
import { FundEvent } from '../fund/fund.events';
import { balanceOf, emptyLedger, FUNDING_SOURCES, FundingSource, Ledger } from '../fund/fund.state';
import { LedgerTotalsData } from '../streams/stream-events';

/**
 * One fiscal year's books (บัญชีปีงบประมาณ) as the money checks need them: totals since founding,
 * starting from what the year was opened with. Member money arrives in summary (credits); money out
 * and reversals of money in arrive one by one, serialized on this stream.
 */
export interface BooksState {
  status: 'unopened' | 'open' | 'closed';
  fiscalYear: number | null;
  ledger: Ledger;
  /** The log position member money was credited through; null before the first credit. */
  creditedThrough: string | null;
  /** Administration overrides spent, this year and carried from earlier years. */
  overridesUsed: readonly string[];
}

export const initialBooks = (): BooksState => ({
  status: 'unopened',
  fiscalYear: null,
  ledger: emptyLedger(),
  creditedThrough: null,
  overridesUsed: [],
});

export const totalsOf = (ledger: Ledger): LedgerTotalsData => ({
  receivedBySource: {
    members: ledger.receivedBySource.members.toJSON(),
    codi: ledger.receivedBySource.codi.toJSON(),
    'local-government': ledger.receivedBySource['local-government'].toJSON(),
    other: ledger.receivedBySource.other.toJSON(),
  },
  benefitsPaid: ledger.benefitsPaid.toJSON(),
  adminSpent: ledger.adminSpent.toJSON(),
  balance: balanceOf(ledger).toJSON(),
});

export const ledgerOf = (totals: LedgerTotalsData): Ledger => ({
  ...emptyLedger(),
  receivedBySource: Object.fromEntries(
    FUNDING_SOURCES.map((source) => [source, Money.fromJSON(totals.receivedBySource[source])]),
  ) as Record<FundingSource, Money>,
  benefitsPaid: Money.fromJSON(totals.benefitsPaid),
  adminSpent: Money.fromJSON(totals.adminSpent),
});

const received = (state: BooksState, source: FundingSource, amount: Money): BooksState => ({
  ...state,
  ledger: {
    ...state.ledger,
    receivedBySource: { ...state.ledger.receivedBySource, [source]: state.ledger.receivedBySource[source].plus(amount) },
  },
});

const withLedger = (state: BooksState, change: Partial<Ledger>): BooksState => ({ ...state, ledger: { ...state.ledger, ...change } });

/** Applies one event of a books stream; every amount it needs is in the event. */
export const evolveBooks = (state: BooksState, event: FundEvent): BooksState => {
  switch (event.type) {
    case 'welfare.books.opened': {
      const { fiscalYear, carried, creditedThrough, overridesUsed } = event.data;
      return { status: 'open', fiscalYear, ledger: ledgerOf(carried), creditedThrough, overridesUsed };
    }
    case 'welfare.books.closed':
      return { ...state, status: 'closed' };
    case 'welfare.books.member-money-credited':
      return { ...received(state, 'members', Money.fromJSON(event.data.amount)), creditedThrough: event.data.through };
    case 'welfare.books.member-money-debited':
      return received(state, 'members', Money.fromJSON(event.data.amount).negated());
    case 'welfare.matching-funds.received':
      return received(state, event.data.source, Money.fromJSON(event.data.amount));
    case 'welfare.matching-funds.reversed':
      return received(state, event.data.source, Money.fromJSON(event.data.amount).negated());
    case 'welfare.admin-spending.recorded': {
      const { overrideId } = event.data;
      const spent = withLedger(state, { adminSpent: state.ledger.adminSpent.plus(Money.fromJSON(event.data.amount)) });
      return overrideId === null ? spent : { ...spent, overridesUsed: [...state.overridesUsed, overrideId] };
    }
    case 'welfare.admin-spending.reversed': {
      const { overrideId } = event.data;
      const undone = withLedger(state, { adminSpent: state.ledger.adminSpent.minus(Money.fromJSON(event.data.amount)) });
      return overrideId === null ? undone : { ...undone, overridesUsed: state.overridesUsed.filter((id) => id !== overrideId) };
    }
    case 'welfare.payout.made':
      return withLedger(state, { benefitsPaid: state.ledger.benefitsPaid.plus(Money.fromJSON(event.data.amount)) });
    case 'welfare.payout.reversed':
      return withLedger(state, { benefitsPaid: state.ledger.benefitsPaid.minus(Money.fromJSON(event.data.amount)) });
    default:
      return state;
  }
};
