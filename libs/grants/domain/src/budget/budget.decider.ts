import { AreaCode, Decider, fiscalYearOf, Money } from '@kongthun/kernel';
import { dayOf, refuse } from '../command';
import { requireWordsMatch } from '../rules/amount-words';
import { approvalTierFor } from '../rules/grant-rules';
import { BudgetCommand } from './budget.commands';
import { BudgetEvent } from './budget.events';
import { availableOf, BudgetState, evolveBudget } from './budget.state';

const Money0 = Money.zero;

type OpenBudget = Extract<BudgetState, { status: 'Open' }>;

const requireOpen = (state: BudgetState): OpenBudget => {
  if (state.status !== 'Open')
    throw refuse('budget.not-found', 'No budget is open for this programme and fiscal year', 'ไม่พบงบประมาณของแผนงานในปีงบประมาณนี้');
  return state;
};

const decide = (command: BudgetCommand, state: BudgetState): BudgetEvent[] => {
  switch (command.type) {
    case 'OpenBudget': {
      if (state.status !== 'Unopened') throw refuse('budget.already-open', 'This fiscal year is already open', 'เปิดงบประมาณปีนี้แล้ว');
      command.data.areaCodes.forEach((code) => AreaCode.parse(code));
      return [{ type: 'grants.budget.opened', data: command.data }];
    }
    case 'AllocateBudget': {
      const budget = requireOpen(state);
      const { allocationId, kind, amount, amountWords, documentRef, receivedOn } = command.data;
      if (budget.allocationIds.has(allocationId))
        throw refuse('budget.allocation-duplicate', `Allocation ${allocationId} is already recorded`, 'บันทึกการจัดสรรนี้แล้ว', { allocationId });
      if (!amount.isGreaterThan(Money0))
        throw refuse('budget.amount-not-positive', 'An allocation is more than zero', 'จำนวนเงินจัดสรรต้องมากกว่าศูนย์');
      if (documentRef.trim() === '')
        throw refuse('budget.document-required', 'An allocation rests on a document', 'การจัดสรรต้องมีหนังสืออ้างอิง');
      if (kind === 'increase' && budget.allocationIds.size === 0)
        throw refuse('budget.increase-before-allocation', 'An increase needs an allocation first', 'ต้องมีการจัดสรรก่อนจึงเพิ่มงบได้');
      if (fiscalYearOf(`${receivedOn}T12:00:00+07:00`) !== budget.fiscalYear)
        throw refuse('budget.outside-fiscal-year', `${receivedOn} is outside fiscal year ${budget.fiscalYear}`, 'วันที่ไม่อยู่ในปีงบประมาณนี้', {
          receivedOn,
          fiscalYear: budget.fiscalYear,
        });
      requireWordsMatch(amount, amountWords, 'budget.amount-words-mismatch', 'budget.amount-words-unreadable');
      return [
        {
          type: 'grants.budget.allocated',
          data: {
            programmeId: budget.programmeId,
            fiscalYear: budget.fiscalYear,
            allocationId,
            kind,
            amount: amount.toJSON(),
            amountWords,
            documentRef,
            receivedOn,
          },
        },
      ];
    }
    case 'ReserveForAward': {
      const budget = requireOpen(state);
      const { projectId, awardId, amount, decidedOn, rules } = command.data;
      if (budget.reservations.has(projectId))
        throw refuse('budget.already-reserved', `Project ${projectId} already has its award reserved`, 'โครงการนี้ได้รับการกันงบแล้ว', {
          projectId,
        });
      const tier = approvalTierFor(rules, command.metadata.actor.userId, amount);
      const available = availableOf(budget);
      if (amount.isGreaterThan(available))
        throw refuse(
          'budget.over-committed',
          `The award of ${amount.format()} exceeds the ${available.format()} baht available`,
          'วงเงินอนุมัติเกินงบประมาณคงเหลือ',
          {
            amount: amount.toJSON(),
            available: available.toJSON(),
          },
        );
      return [
        {
          type: 'grants.budget.reserved',
          data: {
            programmeId: budget.programmeId,
            fiscalYear: budget.fiscalYear,
            projectId,
            awardId,
            amount: amount.toJSON(),
            approverId: command.metadata.actor.userId,
            tier: tier.tier,
            ruleVersion: rules.version,
            decidedOn,
          },
        },
      ];
    }
    case 'ReturnToBudget': {
      const budget = requireOpen(state);
      const { projectId, returnId, amount, reason } = command.data;
      if (budget.returnIds.has(returnId))
        throw refuse('budget.return-duplicate', `Return ${returnId} is already recorded`, 'บันทึกการคืนงบนี้แล้ว', { returnId });
      const reservation = budget.reservations.get(projectId);
      const outstanding = reservation === undefined ? Money0 : reservation.reserved.minus(reservation.returned);
      if (amount.isGreaterThan(outstanding) || !amount.isGreaterThan(Money0))
        throw refuse(
          'budget.return-beyond-reserved',
          `Returning ${amount.format()} exceeds the ${outstanding.format()} baht reserved`,
          'คืนงบเกินกว่าที่กันไว้',
          {
            amount: amount.toJSON(),
            outstanding: outstanding.toJSON(),
          },
        );
      return [
        {
          type: 'grants.budget.returned',
          data: {
            programmeId: budget.programmeId,
            fiscalYear: budget.fiscalYear,
            projectId,
            returnId,
            amount: amount.toJSON(),
            reason,
            returnedOn: dayOf(command.metadata.now),
          },
        },
      ];
    }
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown budget command ${(unknown as { type: string }).type}`);
    }
  }
};

export const budgetDecider: Decider<BudgetCommand, BudgetEvent, BudgetState> = {
  decide,
  evolve: evolveBudget,
  initialState: () => ({ status: 'Unopened' }),
};
