import { DeclareRelation } from './fund.commands';
import { RelationDeclared } from './fund.events';
import { FundState, relationKey } from './fund.state';
import { requireCommitteeMember, requireMember, requireRegistered, requireText } from './refusals';

/** Records that a committee member is related to a member; declaring it again changes nothing. */
export const declareRelation = (command: DeclareRelation, state: FundState): RelationDeclared[] => {
  const fund = requireRegistered(state);
  const { userId, memberId, relationship } = command.data;
  requireCommitteeMember(fund, userId);
  requireMember(fund, memberId);
  const described = requireText(relationship, 'committee.relationship-required', 'The relationship', 'ความสัมพันธ์');
  if (fund.relations.has(relationKey(userId, memberId))) return [];
  return [{ type: 'welfare.committee.relation-declared', data: { fundId: fund.fundId, userId, memberId, relationship: described } }];
};
