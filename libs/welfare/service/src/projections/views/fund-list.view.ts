import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, FundListDocument } from '../fund-read-models';
import { ViewContext, ViewEvent } from '../view-events';
import { balanceChange, moveCount, plus, STATUS_AFTER } from './running-totals';

const unregistered = (fundId: string): FundListDocument => ({
  fundId,
  areaCode: '',
  registered: false,
  name: '',
  foundedOn: '',
  members: {},
  balance: '0.00',
});

const evolveLine = (line: FundListDocument, event: ViewEvent, context: ViewContext): FundListDocument | undefined => {
  if (event.type === 'welfare.fund.registered') {
    const { areaCode, name, foundedOn } = event.data;
    return line.registered ? undefined : { ...line, registered: true, areaCode, name, foundedOn };
  }
  const balance = balanceChange(event);
  const members = event.type in STATUS_AFTER ? moveCount(line.members, context.statusBefore, STATUS_AFTER[event.type]) : undefined;
  if (balance === undefined && members === undefined) return undefined;
  return { ...line, members: members ?? line.members, balance: balance === undefined ? line.balance : plus(line.balance, balance) };
};

/** The fund list: one line per fund, paged by fund id; scope is checked on its fund and area. */
export const fundListChanges = (event: ViewEvent, context: ViewContext): DocumentChange<FundListDocument>[] => [
  {
    collection: FUND_VIEW_COLLECTIONS.fundList,
    id: event.data.fundId,
    evolve: (stored) => evolveLine(stored ?? unregistered(event.data.fundId), event, context),
  },
];
