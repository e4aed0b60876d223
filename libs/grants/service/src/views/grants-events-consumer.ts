import { RecordedEvent } from '@kongthun/event-sourcing';
import { Consumer, ConsumeOptions, eventFromMessage, MessageBus, PermanentMessageError, topicOfContext } from '@kongthun/messaging';

/** A view fed one stored grants event at a time; each keeps its own checkpoints per stream. */
export interface GrantsViewProjection {
  project(event: RecordedEvent): Promise<unknown>;
}

export interface StartRetry {
  attempts: number;
  delayMs: number;
}

/** The envelope as the grants publisher wrote it; anything else is dead-lettered at once, never retried. */
const grantsEventOf = (value: string): RecordedEvent => {
  let event: RecordedEvent;
  try {
    event = eventFromMessage(value);
  } catch {
    throw new PermanentMessageError('message value is not a stored-event envelope', 'contract.violation');
  }
  if (
    typeof event.streamId !== 'string' ||
    typeof event.type !== 'string' ||
    !event.type.startsWith('grants.') ||
    typeof event.data !== 'object'
  )
    throw new PermanentMessageError(`not a grants event: ${String(event.type)}`, 'contract.violation');
  return event;
};

/**
 * The distributed service's feed of the grants views: `kongthun.grants.events` into each view's
 * projection, in turn. Kafka keys messages by stream id, so each stream's events arrive in revision
 * order; a gap or a failing store is retried, then dead-lettered, never skipped (as welfare's).
 *
 * `groupId` should name the database the views live in: a new database starts a new group from the
 * beginning of the topic, which rebuilds the views (the topic keeps every event).
 */
export const consumeGrantsEvents = async (
  bus: MessageBus,
  projections: readonly GrantsViewProjection[],
  groupId: string,
  retry: StartRetry = { attempts: 5, delayMs: 1_000 },
): Promise<Consumer> => {
  const options: ConsumeOptions = {
    groupId,
    topics: [topicOfContext('grants')],
    fromBeginning: true,
    handle: async (message) => {
      const event = grantsEventOf(message.value);
      // Each projection skips what it already applied, so a retry after one of them failed is harmless.
      for (const projection of projections) await projection.project(event);
    },
  };
  // On a fresh broker the first join can fail with UNKNOWN_TOPIC_OR_PARTITION until metadata catches up.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await bus.consume(options);
    } catch (error) {
      if (attempt >= retry.attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
    }
  }
};
