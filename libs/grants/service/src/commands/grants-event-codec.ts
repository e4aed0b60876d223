import { EventCodec, RecordedEvent } from '@kongthun/event-sourcing';

/** Grants events are JSON-safe already (money as decimal strings); version 1 of every type. */
export const grantsEventCodec = <Event extends { type: string; data: object }>(prefix: RegExp): EventCodec<Event> => ({
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, never> }),
  decode: (recorded: RecordedEvent) => {
    if (!prefix.test(recorded.type)) throw new Error(`Not a grants event of this stream: ${recorded.type}`);
    return { type: recorded.type, data: recorded.data } as unknown as Event;
  },
});
