/**
 * What the embedded host's demo loader builds commands with (the same conversions as the HTTP
 * layer). Members are enrolled through `MemberPersonalData`, so their personal data is encrypted.
 */
export { registerFundBody } from './commands/fund-command-bodies';
export type { RulesRequest } from './http/fund-requests';
