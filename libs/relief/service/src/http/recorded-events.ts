import { RecordedEvent } from '@kongthun/event-sourcing';

/** What a command answers: the events it recorded, so the caller sees exactly what changed. */
export const recorded = (events: RecordedEvent[]) => ({
  events: events.map((event) => ({ id: event.id, type: event.type, streamRevision: event.streamRevision.toString(), data: event.data })),
});
