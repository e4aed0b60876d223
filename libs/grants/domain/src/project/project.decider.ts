import { Decider } from '@kongthun/kernel';
import { amendAgreement, closeProject, recordRefund } from './after-award';
import { awardGrant, releaseTranche } from './award-and-release';
import { ProjectCommand } from './project.commands';
import { ProjectEvent } from './project.events';
import { evolveProject, ProjectState } from './project.state';
import { declareRelation, openReview, rejectProposal, scoreProposal, submitProposal } from './propose-and-review';
import { acceptReport, queryReport, submitReport } from './reports';

const decide = (command: ProjectCommand, state: ProjectState): ProjectEvent[] => {
  switch (command.type) {
    case 'SubmitProposal':
      return submitProposal(command, state);
    case 'DeclareRelation':
      return declareRelation(command, state);
    case 'OpenReview':
      return openReview(command, state);
    case 'ScoreProposal':
      return scoreProposal(command, state);
    case 'RejectProposal':
      return rejectProposal(command, state);
    case 'AwardGrant':
      return awardGrant(command, state);
    case 'ReleaseTranche':
      return releaseTranche(command, state);
    case 'SubmitReport':
      return submitReport(command, state);
    case 'AcceptReport':
      return acceptReport(command, state);
    case 'QueryReport':
      return queryReport(command, state);
    case 'AmendAgreement':
      return amendAgreement(command, state);
    case 'RecordRefund':
      return recordRefund(command, state);
    case 'CloseProject':
      return closeProject(command, state);
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown project command ${(unknown as { type: string }).type}`);
    }
  }
};

export const projectDecider: Decider<ProjectCommand, ProjectEvent, ProjectState> = {
  decide,
  evolve: evolveProject,
  initialState: () => ({ status: 'None' }),
};
