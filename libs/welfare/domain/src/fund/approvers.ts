import { ApproverData } from './fund.events';
import { RegisteredFund } from './fund.state';

/** Approvers with their keyed hashes, as far as the committee knows them (a removed member's hash stays unknown). */
export const approversOf = (fund: RegisteredFund, approverIds: readonly string[]): ApproverData[] =>
  approverIds.map((userId) => ({ userId, citizenIdHash: fund.committee.get(userId)?.citizenIdHash ?? null }));
