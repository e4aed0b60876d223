import { EventStore } from '@kongthun/event-sourcing';
import { FundRegistered, fundStreamId } from '@kongthun/welfare-domain';

/** What every money message of a fund names besides the event itself: the unit's name, area and start. */
export interface WelfareUnitFacts {
  name: string;
  areaCode: string;
  foundedOn: string;
}

/**
 * Reads a fund's registration, the first event of its stream: one event, whatever the fund's age.
 * Kept per fund for the life of the process (registration never changes).
 */
export const welfareUnitFactsFrom = (store: EventStore): ((fundId: string) => Promise<WelfareUnitFacts>) => {
  const known = new Map<string, WelfareUnitFacts>();
  return async (fundId) => {
    const cached = known.get(fundId);
    if (cached) return cached;
    const [first] = await store.readStream(fundStreamId(fundId), { maxCount: 1 });
    if (first?.type !== 'welfare.fund.registered') throw new Error(`fund ${fundId} has no registration to publish money messages under`);
    const { name, areaCode, foundedOn } = first.data as FundRegistered['data'];
    const facts = { name, areaCode, foundedOn };
    known.set(fundId, facts);
    return facts;
  };
};
