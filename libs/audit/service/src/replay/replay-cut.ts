import { RecordedEvent } from '@kongthun/event-sourcing';

/**
 * Where to stop a replay: at a moment (events recorded at or before it) or at a position of the
 * source's global log (events at or before it). With neither, the whole stream.
 */
export interface ReplayCut {
  /** UTC ISO-8601. */
  at?: string;
  globalPosition?: bigint;
}

/** The events of one stream, in revision order, that fall inside the cut. */
export const eventsUpTo = (events: readonly RecordedEvent[], cut: ReplayCut): RecordedEvent[] => {
  const atMillis = cut.at === undefined ? undefined : Date.parse(cut.at);
  if (atMillis !== undefined && Number.isNaN(atMillis)) throw new RangeError(`not a time: ${cut.at}`);
  return events.filter(
    (event) =>
      (atMillis === undefined || Date.parse(event.recordedAt) <= atMillis) &&
      (cut.globalPosition === undefined || event.globalPosition <= cut.globalPosition),
  );
};
