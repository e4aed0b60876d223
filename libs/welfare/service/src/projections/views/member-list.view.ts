import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, MemberListDocument, statementDocumentId } from '../fund-read-models';
import { ViewEvent } from '../view-events';
import { MemberNotProjectedError } from './member-statement.view';
import { STATUS_AFTER } from './running-totals';

const evolveLine = (line: MemberListDocument, event: ViewEvent): MemberListDocument | undefined => {
  switch (event.type) {
    case 'welfare.member.lapsed':
    case 'welfare.member.resigned':
    case 'welfare.member.died':
      return { ...line, status: STATUS_AFTER[event.type] };
    case 'welfare.contribution.recorded':
      return { ...line, standing: { ...line.standing, paidThrough: event.data.periodTo } };
    case 'welfare.contribution.reversed':
      return { ...line, standing: { ...line.standing, paidThrough: event.data.paidThrough } };
    default:
      return undefined;
  }
};

const LIST_EVENT_TYPES: ReadonlySet<string> = new Set<ViewEvent['type']>([
  'welfare.member.lapsed',
  'welfare.member.resigned',
  'welfare.member.died',
  'welfare.contribution.recorded',
  'welfare.contribution.reversed',
]);

/** The member list: one line per member, paged by member id within the fund. */
export const memberListChanges = (event: ViewEvent): DocumentChange<MemberListDocument>[] => {
  const { fundId } = event.data;
  if (event.type === 'welfare.member.enrolled') {
    const { memberId, planId, enrolledOn } = event.data;
    const line: MemberListDocument = { fundId, memberId, status: 'active', standing: { planId, enrolledOn, paidThrough: null } };
    return [
      { collection: FUND_VIEW_COLLECTIONS.memberList, id: statementDocumentId(fundId, memberId), evolve: (stored) => stored ?? line },
    ];
  }
  if (!LIST_EVENT_TYPES.has(event.type) || !('memberId' in event.data)) return [];
  const { memberId } = event.data;
  return [
    {
      collection: FUND_VIEW_COLLECTIONS.memberList,
      id: statementDocumentId(fundId, memberId),
      evolve: (stored) => {
        if (stored === undefined) throw new MemberNotProjectedError(fundId, memberId, event.type);
        return evolveLine(stored, event);
      },
    },
  ];
};
