import { EventStore, fold, RecordedEvent } from '@kongthun/event-sourcing';
import { FundEvent, fundDecider, RegisteredFund } from '@kongthun/welfare-domain';

/**
 * Every stored event of one welfare fund, from all of its streams (governance, members, books,
 * roster, claim index), in log order: what a test inspects where it used to read the fund's one stream.
 */
export const fundEvents = async (store: EventStore, fundId: string): Promise<RecordedEvent[]> =>
  (await store.readAll({ maxCount: 1_000_000 }))
    .map((entry) => entry.event)
    .filter((event) => (event.data as { fundId?: string }).fundId === fundId);

/** The whole fund folded from all of its streams, as the one-stream fund was. */
export const foldFund = async (store: EventStore, fundId: string): Promise<RegisteredFund> =>
  fold(
    fundDecider,
    (await fundEvents(store, fundId)).map((event) => ({ type: event.type, data: event.data }) as unknown as FundEvent),
  ) as RegisteredFund;
