import { fiscalYearOfDate } from '@kongthun/kernel';
import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, ThreePartyDocument, threePartyDocumentId } from '../fund-read-models';
import { ViewEvent } from '../view-events';
import { minus, plus } from './running-totals';

const emptyYear = (fundId: string, fiscalYear: number): ThreePartyDocument => ({
  fundId,
  fiscalYear,
  memberContributions: '0.00',
  matched: { codi: '0.00', 'local-government': '0.00', other: '0.00' },
});

/** The year and the change of its money an event makes: contributions by the year received, matching money by the year it matches. */
const yearChange = (event: ViewEvent) => {
  switch (event.type) {
    case 'welfare.contribution.recorded':
    case 'welfare.contribution.reversed': {
      const change = event.type === 'welfare.contribution.recorded' ? plus : minus;
      return {
        fiscalYear: fiscalYearOfDate(event.data.receivedOn),
        evolve: (year: ThreePartyDocument) => ({ ...year, memberContributions: change(year.memberContributions, event.data.amount) }),
      };
    }
    case 'welfare.matching-funds.received':
    case 'welfare.matching-funds.reversed': {
      const change = event.type === 'welfare.matching-funds.received' ? plus : minus;
      const { source, amount } = event.data;
      return {
        fiscalYear: event.data.fiscalYear,
        evolve: (year: ThreePartyDocument) => ({ ...year, matched: { ...year.matched, [source]: change(year.matched[source], amount) } }),
      };
    }
    default:
      return undefined;
  }
};

/** The 3-party report: one document per fund and fiscal year (BE), the money it is made of. */
export const threePartyChanges = (event: ViewEvent): DocumentChange<ThreePartyDocument>[] => {
  const change = yearChange(event);
  if (change === undefined) return [];
  const { fundId } = event.data;
  return [
    {
      collection: FUND_VIEW_COLLECTIONS.threeParty,
      id: threePartyDocumentId(fundId, change.fiscalYear),
      evolve: (stored) => change.evolve(stored ?? emptyYear(fundId, change.fiscalYear)),
    },
  ];
};
