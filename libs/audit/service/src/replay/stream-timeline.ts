import { RecordedEvent } from '@kongthun/event-sourcing';

/** A stream's history as an auditor reads it: who did what, when, and where it sits in the chain. */
export const streamTimeline = (events: readonly RecordedEvent[]) =>
  events.map((event) => ({
    streamRevision: event.streamRevision.toString(),
    globalPosition: event.globalPosition.toString(),
    eventId: event.id,
    type: event.type,
    recordedAt: event.recordedAt,
    actor: event.metadata.actor,
    data: event.data,
    hash: event.hash,
    prevHash: event.prevHash,
  }));
