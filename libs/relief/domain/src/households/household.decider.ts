import { Decider } from '@kongthun/kernel';
import { assessHouseholds } from './assess-households';
import { HouseholdBucketCommand } from './household.commands';
import { HouseholdBucketEvent } from './household.events';
import { evolveHouseholdBucket, HouseholdBucketState, initialHouseholdBucketState } from './household.state';
import { issuePayments } from './issue-payments';
import { recordBankResults } from './record-bank-results';
import { registerHouseholds } from './register-households';
import { reversePayment } from './reverse-payment';

/** One register stream of a declaration: registrations, assessments and payments of its households. */
export const householdBucketDecider: Decider<HouseholdBucketCommand, HouseholdBucketEvent, HouseholdBucketState> = {
  decide: (command, state) => {
    switch (command.type) {
      case 'RegisterHouseholds':
        return registerHouseholds(command, state);
      case 'AssessHouseholds':
        return assessHouseholds(command, state);
      case 'IssuePayments':
        return issuePayments(command, state);
      case 'RecordBankResults':
        return recordBankResults(command, state);
      case 'ReversePayment':
        return reversePayment(command, state);
      default: {
        const unknown: never = command;
        throw new Error(`Unknown command ${JSON.stringify(unknown)}`);
      }
    }
  },
  evolve: evolveHouseholdBucket,
  initialState: initialHouseholdBucketState,
};
