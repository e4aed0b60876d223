import { Money } from '@kongthun/kernel';
import { Command } from '../command';
import { GrantRules } from '../rules/grant-rules';

export type OpenBudget = Command<
  'OpenBudget',
  { programmeId: string; fiscalYear: number; programmeName: string; funder: string; areaCodes: string[]; openedOn: string }
>;
export type AllocateBudget = Command<
  'AllocateBudget',
  { allocationId: string; kind: 'allocation' | 'increase'; amount: Money; amountWords: string; documentRef: string; receivedOn: string }
>;
/** Reserve for an award; `rules` are the programme's rules in force on the decision day, read by the handler. */
export type ReserveForAward = Command<
  'ReserveForAward',
  { projectId: string; awardId: string; amount: Money; decidedOn: string; rules: GrantRules }
>;
export type ReturnToBudget = Command<'ReturnToBudget', { projectId: string; returnId: string; amount: Money; reason: string }>;

export type BudgetCommand = OpenBudget | AllocateBudget | ReserveForAward | ReturnToBudget;
