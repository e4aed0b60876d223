import { EventCodec, RecordedEvent } from '@kongthun/event-sourcing';
import { isUserEventType, UserEvent } from '@kongthun/identity-domain';

/** User events are plain JSON; version 1 of every type. */
export const userEventCodec: EventCodec<UserEvent> = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data as unknown as Record<string, never> }),
  decode: (recorded: RecordedEvent) => {
    if (!isUserEventType(recorded.type)) throw new Error(`Not a user event: ${recorded.type}`);
    return { type: recorded.type, data: recorded.data } as unknown as UserEvent;
  },
};
