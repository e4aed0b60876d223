/** What the embedded host's demo loader builds commands with (the same conversions as the HTTP layer). */
export { enrolMemberBody, registerFundBody } from './commands/fund-command-bodies';
export type { RulesRequest } from './http/fund-requests';
