import { Decider } from '@kongthun/kernel';
import { addNote } from './add-note';
import { CaseCommand } from './case.commands';
import { CaseEvent } from './case.events';
import { evolveCase } from './case.evolve';
import { CaseState, initialCaseState } from './case.state';
import { closeCase } from './close-case';
import { openCase } from './open-case';
import { startInvestigation } from './start-investigation';

export const decideCase = (command: CaseCommand, state: CaseState): CaseEvent[] => {
  switch (command.type) {
    case 'OpenCase':
      return openCase(command, state);
    case 'StartInvestigation':
      return startInvestigation(command, state);
    case 'AddNote':
      return addNote(command, state);
    case 'CloseCase':
      return closeCase(command, state);
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown case command ${(unknown as { type: string }).type}`);
    }
  }
};

/** The decider of one audit case (เรื่องตรวจสอบ): open → investigating → closed. */
export const caseDecider: Decider<CaseCommand, CaseEvent, CaseState> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
};
