import { EventMetadata, RecordedEvent } from '../store/event-envelope';
import { JsonObject } from '../store/json';

/**
 * Bigints travel as text: `pg` and PGlite disagree on how they parse int8 otherwise. Queries must
 * qualify ORDER BY columns (`e.stream_revision`): a bare name would sort by these text aliases.
 */
export const EVENT_COLUMNS = `global_position::text AS global_position, event_id::text AS event_id, stream_id,
  stream_revision::text AS stream_revision, event_type, schema_version, data, metadata, recorded_at, prev_hash, hash`;

export interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_revision: string;
  event_type: string;
  schema_version: number;
  data: JsonObject;
  metadata: EventMetadata;
  recorded_at: Date;
  prev_hash: string | null;
  hash: string;
}

export const eventFromRow = (row: EventRow): RecordedEvent => ({
  id: row.event_id,
  type: row.event_type,
  schemaVersion: row.schema_version,
  streamId: row.stream_id,
  streamRevision: BigInt(row.stream_revision),
  globalPosition: BigInt(row.global_position),
  recordedAt: row.recorded_at.toISOString(),
  data: row.data,
  metadata: row.metadata,
  prevHash: row.prev_hash,
  hash: row.hash,
});
