import { Decider } from '@kongthun/kernel';
import { adoptRules } from './adopt-rules';
import { applyLapses } from './apply-lapses';
import { appointCommitteeMember } from './appoint-committee-member';
import { approveClaim } from './approve-claim';
import { declareRelation } from './declare-relation';
import { enrolMember } from './enrol-member';
import { erasePersonalData } from './erase-personal-data';
import { FundCommand } from './fund.commands';
import { evolve } from './fund.evolve';
import { FundEvent } from './fund.events';
import { FundState, initialState } from './fund.state';
import { grantAdminOverride } from './grant-admin-override';
import { payClaim } from './pay-claim';
import { recordAdminSpending } from './record-admin-spending';
import { recordContribution } from './record-contribution';
import { recordMatchingFunds } from './record-matching-funds';
import { recordMemberDeath } from './record-member-death';
import { registerFund } from './register-fund';
import { rejectClaim } from './reject-claim';
import { removeCommitteeMember } from './remove-committee-member';
import { resignMember } from './resign-member';
import { reverseAdminSpending } from './reverse-admin-spending';
import { reverseContribution } from './reverse-contribution';
import { reverseMatchingFunds } from './reverse-matching-funds';
import { reversePayout } from './reverse-payout';
import { submitClaim } from './submit-claim';

export const decide = (command: FundCommand, state: FundState): FundEvent[] => {
  switch (command.type) {
    case 'RegisterFund':
      return registerFund(command, state);
    case 'AdoptRules':
      return adoptRules(command, state);
    case 'AppointCommitteeMember':
      return appointCommitteeMember(command, state);
    case 'RemoveCommitteeMember':
      return removeCommitteeMember(command, state);
    case 'DeclareRelation':
      return declareRelation(command, state);
    case 'EnrolMember':
      return enrolMember(command, state);
    case 'RecordContribution':
      return recordContribution(command, state);
    case 'ApplyLapses':
      return applyLapses(command, state);
    case 'ResignMember':
      return resignMember(command, state);
    case 'RecordMemberDeath':
      return recordMemberDeath(command, state);
    case 'ErasePersonalData':
      return erasePersonalData(command, state);
    case 'RecordMatchingFunds':
      return recordMatchingFunds(command, state);
    case 'GrantAdminOverride':
      return grantAdminOverride(command, state);
    case 'RecordAdminSpending':
      return recordAdminSpending(command, state);
    case 'SubmitClaim':
      return submitClaim(command, state);
    case 'ApproveClaim':
      return approveClaim(command, state);
    case 'RejectClaim':
      return rejectClaim(command, state);
    case 'PayClaim':
      return payClaim(command, state);
    case 'ReversePayout':
      return reversePayout(command, state);
    case 'ReverseContribution':
      return reverseContribution(command, state);
    case 'ReverseMatchingFunds':
      return reverseMatchingFunds(command, state);
    case 'ReverseAdminSpending':
      return reverseAdminSpending(command, state);
    default: {
      const unknown: never = command;
      throw new TypeError(`Unknown fund command ${(unknown as { type: string }).type}`);
    }
  }
};

/** One welfare fund: registration, rules, committee, members, claims and its books, in one stream. */
export const fundDecider: Decider<FundCommand, FundEvent, FundState> = { decide, evolve, initialState };
