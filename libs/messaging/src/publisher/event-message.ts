import { RecordedEvent } from '@kongthun/event-sourcing';
import { CORRELATION_HEADER } from '@kongthun/observability';
import { OutgoingMessage } from '../bus/message-bus';

/** Each context publishes to one topic; the type's first word names the context. */
export const topicOfContext = (context: string): string => `kongthun.${context}.events`;

export const topicOf = (event: Pick<RecordedEvent, 'type'>): string => topicOfContext(event.type.split('.')[0]);

/** The envelope as JSON: bigints (revision, position) as decimal strings, like money. */
export type EventEnvelopeJson = Omit<RecordedEvent, 'streamRevision' | 'globalPosition'> & {
  streamRevision: string;
  globalPosition: string;
};

export const envelopeToJson = (event: RecordedEvent): EventEnvelopeJson => ({
  ...event,
  streamRevision: event.streamRevision.toString(),
  globalPosition: event.globalPosition.toString(),
});

export const envelopeFromJson = (json: EventEnvelopeJson): RecordedEvent => ({
  ...json,
  streamRevision: BigInt(json.streamRevision),
  globalPosition: BigInt(json.globalPosition),
});

/**
 * A stored event as a Kafka message: key = stream id (per-stream order), headers in the CloudEvents
 * Kafka protocol binding (binary mode: `ce_` headers, the envelope as the value).
 */
export const eventToMessage = (event: RecordedEvent, source: string): OutgoingMessage => ({
  topic: topicOf(event),
  key: event.streamId,
  value: JSON.stringify(envelopeToJson(event)),
  headers: {
    ce_specversion: '1.0',
    ce_id: event.id,
    ce_type: event.type,
    ce_source: source,
    ce_subject: event.streamId,
    ce_time: event.recordedAt,
    ce_dataschemaversion: String(event.schemaVersion),
    'content-type': 'application/json',
    // The command's correlation id, so a consumer's log lines name the command that caused them.
    [CORRELATION_HEADER]: event.metadata.correlationId,
  },
});

export const eventFromMessage = (value: string): RecordedEvent => envelopeFromJson(JSON.parse(value) as EventEnvelopeJson);
