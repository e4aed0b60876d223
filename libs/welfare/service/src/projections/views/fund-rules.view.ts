import { DocumentChange } from '@kongthun/read-models';
import { FUND_VIEW_COLLECTIONS, FundRulesDocument } from '../fund-read-models';
import { ViewEvent } from '../view-events';

/**
 * A fund's rules versions, beside the overview rather than in it: rules change a few times in a
 * fund's life, money every day, so the totals rewritten on each event stay small.
 */
export const fundRulesChanges = (event: ViewEvent): DocumentChange<FundRulesDocument>[] => {
  if (event.type !== 'welfare.fund.registered' && event.type !== 'welfare.rules.adopted') return [];
  const { fundId, rules } = event.data;
  const registration = event.type === 'welfare.fund.registered';
  return [
    {
      collection: FUND_VIEW_COLLECTIONS.rules,
      id: fundId,
      evolve: (stored) => {
        const versions = stored?.rules ?? [];
        if (versions.some((version) => version.version === rules.version)) return undefined;
        // The registration's rules come first even when a later version was projected before it.
        return { fundId, rules: registration ? [rules, ...versions] : [...versions, rules] };
      },
    },
  ];
};
