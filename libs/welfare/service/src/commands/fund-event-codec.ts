import { EventCodec, RecordedEvent } from '@kongthun/event-sourcing';
import { FundEvent, isFundEventType } from '@kongthun/welfare-domain';

export { fundStreamId } from '@kongthun/welfare-domain';

/** Fund events are already JSON-safe (money as decimal strings); version 1 of every type. */
export const fundEventCodec: EventCodec<FundEvent> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, never> }),
  decode: (recorded: RecordedEvent) => {
    if (!isFundEventType(recorded.type)) throw new Error(`Not a fund event: ${recorded.type}`);
    return { type: recorded.type, data: recorded.data } as unknown as FundEvent;
  },
};
