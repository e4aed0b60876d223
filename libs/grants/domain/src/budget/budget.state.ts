import { Money } from '@kongthun/kernel';
import { BudgetEvent } from './budget.events';

/** What an award reserved and what came back, per project: needed to refuse returning more than was reserved. */
export interface Reservation {
  reserved: Money;
  returned: Money;
}

/** Only what decisions need: totals, ids for duplicates, reservations per project of this year. */
export type BudgetState =
  | { status: 'Unopened' }
  | {
      status: 'Open';
      programmeId: string;
      fiscalYear: number;
      allocated: Money;
      committed: Money;
      allocationIds: ReadonlySet<string>;
      returnIds: ReadonlySet<string>;
      reservations: ReadonlyMap<string, Reservation>;
    };

export const budgetStreamId = (programmeId: string, fiscalYear: number): string => `grants-budget-${programmeId}-${fiscalYear}`;

/** Available (คงเหลือ) = allocated − committed; never negative: the budget is never over-committed. */
export const availableOf = (state: Extract<BudgetState, { status: 'Open' }>): Money => state.allocated.minus(state.committed);

export const evolveBudget = (state: BudgetState, event: BudgetEvent): BudgetState => {
  if (event.type === 'grants.budget.opened')
    return {
      status: 'Open',
      programmeId: event.data.programmeId,
      fiscalYear: event.data.fiscalYear,
      allocated: Money.zero,
      committed: Money.zero,
      allocationIds: new Set(),
      returnIds: new Set(),
      reservations: new Map(),
    };
  if (state.status !== 'Open') return state;
  switch (event.type) {
    case 'grants.budget.allocated':
      return {
        ...state,
        allocated: state.allocated.plus(Money.fromJSON(event.data.amount)),
        allocationIds: new Set([...state.allocationIds, event.data.allocationId]),
      };
    case 'grants.budget.reserved': {
      const amount = Money.fromJSON(event.data.amount);
      return {
        ...state,
        committed: state.committed.plus(amount),
        reservations: new Map([...state.reservations, [event.data.projectId, { reserved: amount, returned: Money.zero }]]),
      };
    }
    case 'grants.budget.returned': {
      const amount = Money.fromJSON(event.data.amount);
      const reservation = state.reservations.get(event.data.projectId)!;
      return {
        ...state,
        committed: state.committed.minus(amount),
        returnIds: new Set([...state.returnIds, event.data.returnId]),
        reservations: new Map([
          ...state.reservations,
          [event.data.projectId, { ...reservation, returned: reservation.returned.plus(amount) }],
        ]),
      };
    }
  }
};
