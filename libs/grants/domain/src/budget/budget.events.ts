import { DomainEvent } from '../command';

/** A programme's budget for one fiscal year (งบประมาณประจำปี พ.ศ.) is opened. */
export type BudgetOpened = DomainEvent<
  'grants.budget.opened',
  { programmeId: string; fiscalYear: number; programmeName: string; funder: string; areaCodes: string[]; openedOn: string }
>;

/** Money allocated to the budget, or an increase, resting on a document in figures and Thai words. */
export type BudgetAllocated = DomainEvent<
  'grants.budget.allocated',
  {
    programmeId: string;
    fiscalYear: number;
    allocationId: string;
    kind: 'allocation' | 'increase';
    amount: string;
    amountWords: string;
    documentRef: string;
    receivedOn: string;
  }
>;

/** An award reserves its amount: the budget's one fact per award, decided under the approver's tier. */
export type BudgetReserved = DomainEvent<
  'grants.budget.reserved',
  {
    programmeId: string;
    fiscalYear: number;
    projectId: string;
    awardId: string;
    amount: string;
    approverId: string;
    tier: string;
    ruleVersion: number;
    decidedOn: string;
  }
>;

/** A cut commitment (reduction, cancellation, close-out) comes back to what is available. */
export type BudgetReturned = DomainEvent<
  'grants.budget.returned',
  { programmeId: string; fiscalYear: number; projectId: string; returnId: string; amount: string; reason: string; returnedOn: string }
>;

export type BudgetEvent = BudgetOpened | BudgetAllocated | BudgetReserved | BudgetReturned;
